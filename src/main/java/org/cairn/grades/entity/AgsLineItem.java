package org.cairn.grades.entity;

import java.net.URI;
import java.util.Optional;

/** A line item as the platform describes it (AGS 2.0 §3.2); {@code id} is its URL. */
public record AgsLineItem(URI id, String label, double scoreMaximum, Optional<String> tag, Optional<String> resourceId,
                          Optional<String> resourceLinkId) {
}
