package org.cairn.grades.entity;

import java.util.Optional;

/**
 * One result (AGS 2.0 §3.3): a learner's current score on a line item; a result without a score has none.
 * {@code timestamp} is the platform's own time of the result when it sends one (not every platform does).
 */
public record AgsResult(String userId, Optional<Double> resultScore, Optional<Double> resultMaximum,
                        Optional<String> comment, Optional<String> timestamp) {

    public AgsResult(String userId, Optional<Double> resultScore, Optional<Double> resultMaximum, Optional<String> comment) {
        this(userId, resultScore, resultMaximum, comment, Optional.empty());
    }

    /**
     * What makes this result the same one when read again: the platform's timestamp, else the score itself
     * (a platform without timestamps gives nothing finer: the same score read twice is one piece of evidence).
     */
    public String key() {
        return timestamp.map(t -> "t:" + t)
                .orElseGet(() -> "s:" + resultScore.map(String::valueOf).orElse("-") + "/" + resultMaximum.map(String::valueOf).orElse("-"));
    }
}
