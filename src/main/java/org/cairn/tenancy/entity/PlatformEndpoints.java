package org.cairn.tenancy.entity;

import java.net.URI;
import java.util.Objects;

/**
 * Where a platform's OIDC authorization, OAuth2 token and JWKS endpoints are. The token endpoint is optional
 * (a platform without LTI Advantage services has none); {@code tokenAudience} is set only when the platform
 * wants a client assertion addressed elsewhere than its token endpoint (D2L).
 */
public record PlatformEndpoints(URI authorization, URI token, URI tokenAudience, URI jwks) {

    public PlatformEndpoints {
        Objects.requireNonNull(authorization, "authorization endpoint");
        Objects.requireNonNull(jwks, "JWKS URI");
        requireAbsolute(authorization, "authorization endpoint");
        requireAbsolute(jwks, "JWKS URI");
        if (token != null) requireAbsolute(token, "token endpoint");
        if (tokenAudience != null && tokenAudience.toString().isBlank()) tokenAudience = null;
    }

    private static void requireAbsolute(URI uri, String what) {
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("The " + what + " must be an absolute http(s) URL, not '" + uri + "'");
        }
    }

    /** The audience for RFC 7523 client assertions: the token endpoint unless the platform says otherwise. */
    public URI assertionAudience() {
        return tokenAudience != null ? tokenAudience : token;
    }
}
