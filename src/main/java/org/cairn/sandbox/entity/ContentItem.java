package org.cairn.sandbox.entity;

import java.time.Instant;

/** A Deep Linking 2.0 content item a tool placed in a course's module. */
public record ContentItem(String id, String courseId, String clientId, String type, String title, String url,
                          Instant createdAt) {
}
