package org.cairn.tenancy.entity;

import java.net.URI;
import java.util.Objects;
import org.cairn.infra.i18n.Phrase;

/**
 * Where a platform's OIDC authorization, OAuth2 token and JWKS endpoints are. The token endpoint is optional
 * (a platform without LTI Advantage services has none); {@code tokenAudience} is set only when the platform
 * wants a client assertion addressed elsewhere than its token endpoint (D2L).
 */
public record PlatformEndpoints(URI authorization, URI token, URI tokenAudience, URI jwks) {

    public PlatformEndpoints {
        Objects.requireNonNull(authorization, "authorization endpoint");
        Objects.requireNonNull(jwks, "JWKS URI");
        requireAbsolute(authorization, "authorization");
        requireAbsolute(jwks, "jwks");
        if (token != null) requireAbsolute(token, "token");
        if (tokenAudience != null && tokenAudience.toString().isBlank()) tokenAudience = null;
    }

    /** {@code endpoint} names the sentence of the endpoint: {@code tenancy.problem.endpoint.<endpoint>}. */
    private static void requireAbsolute(URI uri, String endpoint) {
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new RegistrationValueRefused("tenancy.problem.notHttpUrl", Phrase.of("tenancy.problem.endpoint." + endpoint),
                    uri.toString());
        }
    }

    /** The audience for RFC 7523 client assertions: the token endpoint unless the platform says otherwise. */
    public URI assertionAudience() {
        return tokenAudience != null ? tokenAudience : token;
    }
}
