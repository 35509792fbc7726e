package org.cairn.lti.launch.entity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A validated launch: only the claims Cairn uses (data minimization). Values are untrusted text for display
 * purposes (escape on render); {@code custom} values are strings whatever JSON type the platform sent.
 * {@code deepLinkingSettings} is the raw Deep Linking 2.0 settings claim ({@code null} when absent), checked by
 * the Deep Linking handler.
 */
public record LtiLaunch(UUID registrationId, String issuer, String clientId, String deploymentId,
                        String messageType, String sub, String name, String givenName, String familyName,
                        String email, List<String> roles, LaunchContext context, String resourceLinkId,
                        String resourceLinkTitle, String locale, URI targetLinkUri, AgsEndpoint ags,
                        URI membershipsUrl, Map<String, String> custom, String kid, Instant expiresAt,
                        Map<String, Object> deepLinkingSettings) {

    /** The LTI context (course); {@code null} in a launch without one. */
    public record LaunchContext(String id, String title, String label) {
    }

    /** AGS 2.0 §3.1 endpoint claim, with only the URLs that passed the host check. */
    public record AgsEndpoint(URI lineitems, URI lineitem, List<String> scopes) {
    }

    public boolean hasContext() {
        return context != null;
    }
}
