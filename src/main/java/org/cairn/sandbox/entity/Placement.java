package org.cairn.sandbox.entity;

import java.util.Objects;

/**
 * Where in the sandbox a launch starts: the course menu, a module's resource link, or a Deep Linking
 * selection. It travels as {@code lti_message_hint} ("kind:courseId[:resourceLinkId]") and comes back to the
 * authorization endpoint, which rebuilds the launch from it.
 */
public record Placement(Kind kind, String courseId, String resourceLinkId) {

    public enum Kind {
        COURSE_NAVIGATION("course_navigation"), RESOURCE_LINK("resource_link"), DEEP_LINKING("deep_linking");

        private final String hint;

        Kind(String hint) {
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /** Resource link ids of module items a tool placed through Deep Linking: this prefix and the item's id. */
    public static final String CONTENT_ITEM_PREFIX = "dl-";

    public Placement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(courseId, "courseId");
        if (kind == Kind.RESOURCE_LINK && (resourceLinkId == null || resourceLinkId.isBlank())) {
            throw new IllegalArgumentException("a resource link placement needs a resource link id");
        }
    }

    public static Placement courseNavigation(String courseId) {
        return new Placement(Kind.COURSE_NAVIGATION, courseId, null);
    }

    public static Placement resourceLink(String courseId, String resourceLinkId) {
        return new Placement(Kind.RESOURCE_LINK, courseId, resourceLinkId);
    }

    public static Placement deepLinking(String courseId) {
        return new Placement(Kind.DEEP_LINKING, courseId, null);
    }

    public String messageHint() {
        return kind.hint() + ":" + courseId + (resourceLinkId == null ? "" : ":" + resourceLinkId);
    }

    /** Reads an {@code lti_message_hint}; IllegalArgumentException names what is wrong. */
    public static Placement fromHint(String hint) {
        if (hint == null || hint.isBlank()) throw new IllegalArgumentException("lti_message_hint is missing");
        String[] parts = hint.split(":", 3);
        for (Kind kind : Kind.values()) {
            if (kind.hint().equals(parts[0]) && parts.length >= 2) {
                return new Placement(kind, parts[1], parts.length == 3 ? parts[2] : null);
            }
        }
        throw new IllegalArgumentException("lti_message_hint '" + hint + "' names no sandbox placement");
    }

    /** The module item's id when this launch opens an item a tool placed through Deep Linking. */
    public java.util.Optional<String> contentItemId() {
        return kind == Kind.RESOURCE_LINK && resourceLinkId.startsWith(CONTENT_ITEM_PREFIX)
                ? java.util.Optional.of(resourceLinkId.substring(CONTENT_ITEM_PREFIX.length()))
                : java.util.Optional.empty();
    }

    public String messageType() {
        return kind == Kind.DEEP_LINKING ? "LtiDeepLinkingRequest" : "LtiResourceLinkRequest";
    }
}
