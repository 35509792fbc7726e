package org.cairn.roster.entity;

/**
 * How a roster sync read the LMS: the whole membership, or only the changes since the previous read through the
 * {@code rel="differences"} URL the platform offered (NRPS 2.0 §2.4.2). Absentees leave only after a full read.
 */
public enum RosterSyncMode {
    FULL,
    DIFFERENCES
}
