package org.cairn.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A CASE 1.0 provider hosting the sandbox's demo framework. */
@Path("/sandbox/case/frameworks")
public class CaseResource {

    @Inject
    SandboxUrls urls;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A CASE 1.0 framework package the sandbox hosts (CFPackage)")
    public Response framework(@PathParam("id") String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) return Response.status(404).build();
        try (InputStream in = CaseResource.class.getResourceAsStream("/sandbox/case/" + id + ".json")) {
            if (in == null) {
                return PlatformResource.oauthError(404, "not_found", "the sandbox hosts no CASE framework " + id);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${sandbox}", urls.issuer().toString());
            return Response.ok(json).build();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read CASE framework " + id, e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The CASE 1.0 frameworks the sandbox hosts (CFDocuments)")
    public Map<String, Object> frameworks() {
        String id = DEMO_FRAMEWORK;
        String uri = urls.url("/case/frameworks/" + id).toString();
        return Map.of("CFDocuments", List.of(Map.of("identifier", id, "uri", uri,
                "title", "Cairn Demo: Grade 6 Math, Writing and Habits", "creator", "Cairn Sandbox LMS",
                "CFPackageURI", Map.of("identifier", id, "uri", uri, "title", "Cairn Demo"))));
    }

    /** The demo CASE framework's CFDocument identifier (src/main/resources/sandbox/case/). */
    public static final String DEMO_FRAMEWORK = "83675b13-be9d-59d5-bd1e-a14b38c54f65";

}
