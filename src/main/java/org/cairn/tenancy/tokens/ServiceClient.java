package org.cairn.tenancy.tokens;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;
import org.cairn.tenancy.entity.Registration;

/**
 * What a service token request needs to know about one registration: its id (the cache key), Cairn's client id
 * at the platform, the token endpoint and the audience of the client assertion (D2L wants
 * {@code https://api.brightspace.com/auth/token}, everyone else the token endpoint).
 */
public record ServiceClient(UUID registrationId, String issuer, String clientId, URI tokenEndpoint, URI assertionAudience) {

    public ServiceClient {
        Objects.requireNonNull(registrationId, "registration id");
        if (clientId == null || clientId.isBlank()) throw new IllegalArgumentException("client_id is required");
        if (assertionAudience == null) assertionAudience = tokenEndpoint;
    }

    public static ServiceClient of(Registration registration) {
        return new ServiceClient(registration.id(), registration.issuer(), registration.clientId(),
                registration.endpoints().token(), registration.endpoints().assertionAudience());
    }
}
