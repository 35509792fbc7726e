package org.cairn.mastery.entity;

/** Where a district's full mastery recompute stands. */
public enum DistrictRecomputeStatus {
    /** Walking the courses; progress is updated after each one. */
    RUNNING,
    /** Every course was walked; some may be listed as failed (their rows are as they were). */
    DONE,
    /** The run stopped before the end (the courses could not be listed, or the node stopped it). */
    FAILED
}
