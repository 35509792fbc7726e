package org.cairn.grades.entity;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The line item Cairn wants for one subject (a standard or a period) in one course of one registration, with the
 * AGS endpoint of the course from the launch. The tag and resourceId are derived from kind and subject so the
 * column is found again rather than created twice.
 */
public record LineItemSpec(UUID registrationId, UUID courseId, LineItemKind kind, UUID subjectId, String label,
                           double scoreMaximum, Optional<URI> lineItemsUrl, Optional<URI> lineItemUrl) {

    public LineItemSpec {
        Objects.requireNonNull(registrationId, "registration id");
        Objects.requireNonNull(courseId, "course id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subject id");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("a line item needs a label");
        if (label.length() > 255) label = label.substring(0, 255);
        if (!(scoreMaximum > 0)) throw new IllegalArgumentException("scoreMaximum must be positive, not " + scoreMaximum);
        if (lineItemsUrl.isEmpty() && lineItemUrl.isEmpty()) {
            throw new IllegalArgumentException("The course's AGS claim has neither a lineitems nor a lineitem URL: "
                    + "Cairn cannot send grades for it");
        }
    }

    public String tag() {
        return "cairn-" + kind.name().toLowerCase(Locale.ROOT);
    }

    public String resourceId() {
        return "cairn:" + kind.name().toLowerCase(Locale.ROOT) + ":" + subjectId;
    }
}
