package org.cairn.grades.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One AGS 2.0 score (§3.4): the learner's {@code sub}, the score and its maximum, an optional comment, and its
 * timestamp at millisecond precision. Cairn sends final grades (activityProgress Completed, gradingProgress
 * FullyGraded); a score without {@code scoreGiven} ({@link #cleared}) says the student has no level any more, and
 * is sent as Initialized / NotReady without a score so the LMS empties the cell instead of keeping a stale level.
 */
public record Score(String userId, Double scoreGiven, double scoreMaximum, String comment, Instant timestamp) {

    public static final String ACTIVITY_PROGRESS = "Completed";
    public static final String GRADING_PROGRESS = "FullyGraded";
    public static final String CLEARED_ACTIVITY_PROGRESS = "Initialized";
    public static final String CLEARED_GRADING_PROGRESS = "NotReady";

    public Score {
        if (userId == null || userId.isBlank()) throw new IllegalArgumentException("a score needs the learner's sub");
        if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
            throw new IllegalArgumentException("scoreMaximum must be positive, not " + scoreMaximum);
        }
        if (scoreGiven != null && (!(scoreGiven >= 0) || Double.isInfinite(scoreGiven))) {
            throw new IllegalArgumentException("scoreGiven must be zero or more, not " + scoreGiven);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        timestamp = timestamp.truncatedTo(ChronoUnit.MILLIS);
        if (comment != null && comment.isBlank()) comment = null;
    }

    public Score(String userId, double scoreGiven, double scoreMaximum, String comment, Instant timestamp) {
        this(userId, Double.valueOf(scoreGiven), scoreMaximum, comment, timestamp);
    }

    /** The student has no level any more: the LMS cell is emptied. */
    public static Score cleared(String userId, double scoreMaximum, Instant timestamp) {
        return new Score(userId, (Double) null, scoreMaximum, null, timestamp);
    }

    public boolean isCleared() {
        return scoreGiven == null;
    }
}
