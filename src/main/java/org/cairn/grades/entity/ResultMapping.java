package org.cairn.grades.entity;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** An LMS assignment (a line item Cairn does not own) whose results are evidence for one standard. */
public record ResultMapping(UUID id, UUID registrationId, UUID courseId, URI lineItemUrl, String label, UUID standardId,
                            Instant lastReadAt, String lastError) {
}
