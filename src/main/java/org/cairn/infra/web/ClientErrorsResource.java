package org.cairn.infra.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The browser reports script errors here, so an operator sees in the server log what broke in a page that
 * runs inside someone else's LMS. Reports carry no personal data: a message, the page path and a position.
 */
@Path("/api/v1/client-errors")
public class ClientErrorsResource {

    private static final Logger LOG = Logger.getLogger(ClientErrorsResource.class.getName());

    /**
     * A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations placed on record
     * components (docs/decisions/002), so validated request bodies are classes with annotated public fields.
     */
    public static class ClientError {
        @NotBlank
        @Size(max = 2000)
        public String message;
        @NotBlank
        @Size(max = 500)
        public String page;
        @PositiveOrZero
        public Integer line;
        @PositiveOrZero
        public Integer column;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a script error seen in the browser (logged for operators)")
    public Response report(@NotNull @Valid ClientError error) {
        LOG.warning(() -> "Browser error on " + error.page + (error.line == null ? "" : ":" + error.line)
                + ": " + error.message.replaceAll("[\\r\\n]+", " "));
        return Response.accepted().build();
    }
}
