package org.cairn.grades.entity;

import java.util.UUID;

/**
 * A launch into a course carried the AGS endpoint claim (AGS 2.0 §3.1). Fired synchronously inside the launch
 * transaction; the grades feature remembers the latest one per course, so scores go where the LMS said.
 */
public record AgsOffered(UUID registrationId, UUID courseId, AgsEndpoint endpoint) {
}
