package org.cairn.sandbox.entity;

import java.time.Instant;

/** The latest score a tool sent for one user on one line item (AGS 2.0 score service), and when it came. */
public record Score(String lineItemId, String userId, Double scoreGiven, Double scoreMaximum, String comment,
                    Instant timestamp, String activityProgress, String gradingProgress, Instant receivedAt) {

    /** AGS 2.0 §3.4.1: a score whose timestamp is not after the stored one's must be ignored. */
    public boolean supersedes(Score stored) {
        return stored == null || timestamp.isAfter(stored.timestamp());
    }
}
