package org.cairn.infra.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.cairn.infra.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The front end's message bundle, from the same properties files as the server-rendered pages. */
@Path("/api/v1/messages")
public class MessagesResource {

    @GET
    @Path("{locale}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every user-interface message in one language (en or es; others fall back to en)")
    public Response messages(@PathParam("locale") String locale) {
        Messages messages = Messages.forLocale(Messages.supported(locale));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(Map.of("locale", messages.locale().toLanguageTag(), "messages", messages.forPages()))
                .cacheControl(cache).build();
    }
}
