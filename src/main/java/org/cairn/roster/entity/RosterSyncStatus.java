package org.cairn.roster.entity;

/** Where a course's roster sync stands. */
public enum RosterSyncStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
