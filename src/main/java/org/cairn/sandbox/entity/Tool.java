package org.cairn.sandbox.entity;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A tool registered with the sandbox (Dynamic Registration 1.0): its client id and what it told us. */
public record Tool(String clientId, String deploymentId, String name, List<String> redirectUris,
                   URI initiateLoginUri, URI jwksUri, URI targetLinkUri, Set<String> scopes) {

    public Tool {
        Objects.requireNonNull(clientId, "clientId");
        redirectUris = List.copyOf(redirectUris);
        scopes = Set.copyOf(scopes);
    }

    /** OIDC Core §3.1.2.1 and LTI Core §5.1.1.2: an exact string match, no normalisation, no prefix match. */
    public boolean registeredRedirect(String redirectUri) {
        return redirectUri != null && redirectUris.contains(redirectUri);
    }
}
