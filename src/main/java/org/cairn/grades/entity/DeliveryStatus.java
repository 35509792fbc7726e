package org.cairn.grades.entity;

/** Where a score delivery is in the outbox. */
public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a worker until {@code locked_until}; due again after that if the worker died. */
    IN_FLIGHT,
    DELIVERED,
    /** A newer score for the same line item and student was delivered instead: newest wins, nothing lost. */
    SUPERSEDED,
    /** Failed for longer than cairn.grades.attention-after, or in a way retrying cannot fix; a person must look. */
    NEEDS_ATTENTION
}
