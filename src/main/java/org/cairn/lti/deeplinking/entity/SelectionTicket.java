package org.cairn.lti.deeplinking.entity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What the content selection page carries from the Deep Linking request to Cairn's response: the registration
 * and deployment, where the platform wants the answer, its opaque data, and the choices offered. Signed by Cairn,
 * so the page cannot add or change anything.
 */
public record SelectionTicket(UUID registrationId, String issuer, String clientId, String deploymentId,
                              URI returnUrl, String data, boolean acceptMultiple, Locale locale,
                              List<ContentChoice> choices, Instant expiresAt) {

    public SelectionTicket {
        choices = List.copyOf(choices);
    }

    public Optional<ContentChoice> choice(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
