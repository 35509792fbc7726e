package org.cairn.grades.entity;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The launch's AGS claim ({@code https://purl.imsglobal.org/spec/lti-ags/claim/endpoint}): the course's line item
 * container, the resource link's own line item, and the scopes the platform grants. Moodle sends
 * {@code "lineitem": ""} when there is none (moodle_LtiResourceLinkRequest.id_token.json): blank means absent.
 */
public record AgsEndpoint(Optional<URI> lineItems, Optional<URI> lineItem, Set<String> scopes) {

    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public AgsEndpoint {
        scopes = Set.copyOf(scopes);
    }

    public static AgsEndpoint of(String lineItems, String lineItem, List<String> scopes) {
        return new AgsEndpoint(uri(lineItems), uri(lineItem), scopes == null ? Set.of() : Set.copyOf(scopes));
    }

    private static Optional<URI> uri(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(URI.create(value.trim()));
    }

    /** Whether Cairn may create and find its own line items (the lineitem scope implies read). */
    public boolean managesLineItems() {
        return lineItems.isPresent() && scopes.contains(SCOPE_LINEITEM);
    }

    public boolean postsScores() {
        return scopes.contains(SCOPE_SCORE);
    }
}
