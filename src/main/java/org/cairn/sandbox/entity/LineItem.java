package org.cairn.sandbox.entity;

import java.time.Instant;

/** An AGS 2.0 line item (a gradebook column) of a sandbox course. */
public record LineItem(String id, String courseId, String label, double scoreMaximum, String tag, String resourceId,
                       String resourceLinkId, String startDateTime, String endDateTime, String clientId,
                       Instant createdAt) {
}
