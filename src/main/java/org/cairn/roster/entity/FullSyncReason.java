package org.cairn.roster.entity;

/** Why a roster sync read the whole membership rather than the changes since the previous read. */
public enum FullSyncReason {
    /** The platform offered no {@code rel="differences"} URL last time, or the course was never synced. */
    NO_DIFFERENCES_URL,
    /** The stored differences URL is older than {@code cairn.roster.differences-max-age}. */
    DIFFERENCES_TOO_OLD,
    /** The last full read is older than {@code cairn.roster.full-sync-max-age}: changes lists can miss things. */
    FULL_SYNC_DUE,
    /** A teacher or operator asked for the whole roster ({@code ?full=true}). */
    REQUESTED,
    /** The platform refused or garbled the differences read; the whole roster was read instead. */
    DIFFERENCES_FAILED
}
