package org.cairn.grades.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One AGS 2.0 score (§3.4): the learner's {@code sub}, the score and its maximum, an optional comment, and its
 * timestamp at millisecond precision. Cairn always sends final grades: activityProgress Completed and
 * gradingProgress FullyGraded.
 */
public record Score(String userId, double scoreGiven, double scoreMaximum, String comment, Instant timestamp) {

    public static final String ACTIVITY_PROGRESS = "Completed";
    public static final String GRADING_PROGRESS = "FullyGraded";

    public Score {
        if (userId == null || userId.isBlank()) throw new IllegalArgumentException("a score needs the learner's sub");
        if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
            throw new IllegalArgumentException("scoreMaximum must be positive, not " + scoreMaximum);
        }
        if (!(scoreGiven >= 0) || Double.isInfinite(scoreGiven)) {
            throw new IllegalArgumentException("scoreGiven must be zero or more, not " + scoreGiven);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        timestamp = timestamp.truncatedTo(ChronoUnit.MILLIS);
        if (comment != null && comment.isBlank()) comment = null;
    }
}
