package org.cairn.tenancy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.cairn.tenancy.keys.ToolKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Cairn's public keys for platforms to verify what Cairn signs (1EdTech Security Framework §6.3). Caching for an
 * hour is safe because a key is published as NEXT a whole rotation period before it signs.
 */
@Path("/.well-known/jwks.json")
public class JwksResource {

    @Inject
    ToolKeys keys;

    @GET
    @Produces({"application/jwk-set+json", "application/json"})
    @Operation(summary = "Cairn's public signing keys (JWKS): CURRENT, NEXT and recently RETIRED")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(keys.publicJwks().toString(true)).type("application/json").cacheControl(cache).build();
    }
}
