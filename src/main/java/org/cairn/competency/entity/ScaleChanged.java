package org.cairn.competency.entity;

import java.util.UUID;

/**
 * A course's mastery scale changed (its own scale saved or dropped). Fired synchronously inside the transaction that
 * changed it, so that mastery can recompute the course's levels on the new scale before it commits.
 */
public record ScaleChanged(UUID registrationId, UUID courseId) {
}
