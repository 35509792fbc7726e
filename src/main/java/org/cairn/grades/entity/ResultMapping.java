package org.cairn.grades.entity;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * An LMS assignment (a line item Cairn does not own) whose results are evidence for one standard. lastError: why its
 * last read failed, phrased in the reader's language when shown; none when it last read well.
 */
public record ResultMapping(UUID id, UUID registrationId, UUID courseId, URI lineItemUrl, String label, UUID standardId,
                            Instant lastReadAt, Phrase lastError) {
}
