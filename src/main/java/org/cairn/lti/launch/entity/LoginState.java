package org.cairn.lti.launch.entity;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a login initiation left for its launch (Security Framework §5.1.1.2): the nonce we sent, the registration,
 * the deployment hint, where to land, the hash of the browser binding, and, when the platform offered client-side
 * storage, its target frame and origin; and the login's hints, so that "open in a new window" can start over.
 */
public record LoginState(String state, String nonce, String bindingHash, UUID registrationId, String deploymentHint,
                         URI targetLinkUri, String storageTarget, String platformOrigin, String clientId,
                         String loginHint, String messageHint, Instant expiresAt) {

    public LoginState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(bindingHash, "bindingHash");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(platformOrigin, "platformOrigin");
        Objects.requireNonNull(loginHint, "loginHint");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean usesPlatformStorage() {
        return storageTarget != null && !storageTarget.isBlank();
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
