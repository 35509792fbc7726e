package org.cairn.roster.entity;

import java.util.UUID;

/**
 * A roster sync finished and its membership is committed (fired synchronously from the sync's background thread,
 * outside any transaction). Observers must not throw: the sync has already succeeded.
 */
public record RosterSynced(UUID courseId, UUID registrationId, int activeMembers) {
}
