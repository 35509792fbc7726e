package org.cairn.mastery.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A student's effective level on a standard changed (new evidence, a correction, an override, a new method).
 * Fired synchronously inside the transaction that changed it, so an observer that writes (the grades outbox)
 * commits or rolls back with the change. {@code levelPoints} is null when the student no longer has a level.
 */
public record MasteryChanged(UUID registrationId, UUID courseId, UUID studentId, UUID standardId,
                             Double previousPoints, Double levelPoints, double scaleMaximum, Instant at) {
}
