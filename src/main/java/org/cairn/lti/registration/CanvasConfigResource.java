package org.cairn.lti.registration;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cairn.tenancy.control.ToolUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /lti/canvas.json: the Canvas developer key configuration with this install's URLs. */
@Path("/lti/canvas.json")
public class CanvasConfigResource {

    @Inject
    ToolUrls urls;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Canvas LTI 1.3 developer key JSON for this Cairn install (paste its URL in Canvas)")
    public Response canvasJson() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(CanvasConfiguration.build(urls).toPrettyString()).cacheControl(cache).build();
    }
}
