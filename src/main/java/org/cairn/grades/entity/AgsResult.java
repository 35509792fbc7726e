package org.cairn.grades.entity;

import java.util.Optional;

/** One result (AGS 2.0 §3.3): a learner's current score on a line item; a result without a score has none. */
public record AgsResult(String userId, Optional<Double> resultScore, Optional<Double> resultMaximum,
                        Optional<String> comment) {
}
