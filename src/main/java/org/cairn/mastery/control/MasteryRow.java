package org.cairn.mastery.control;

import java.util.Objects;
import java.util.UUID;
import org.cairn.mastery.entity.MethodKind;

/**
 * A mastery row as plain values, what a course rebuild reads, compares and writes (the entity,
 * {@link org.cairn.mastery.entity.Mastery}, is for one student and standard at a time). levelPoints is the
 * override's when there is one, else the calculated level's, as in the entity.
 */
public record MasteryRow(UUID id, UUID studentId, UUID standardId, Double score, Double computedPoints,
                         Double levelPoints, MethodKind method, int evidenceCount, boolean overridden) {

    public MasteryRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(method, "method");
    }

    /** A fresh calculation for the row with this id; score and computedPoints null when there is no level yet. */
    public static MasteryRow calculated(UUID id, UUID studentId, UUID standardId, MethodKind method, Double score,
                                        Double computedPoints, int evidenceCount, Double overridePoints) {
        return new MasteryRow(id, studentId, standardId, score, computedPoints,
                overridePoints != null ? overridePoints : computedPoints, method, evidenceCount, overridePoints != null);
    }

    /** Whether writing this calculation over the stored row would change anything. */
    public boolean differsFrom(MasteryRow stored) {
        return stored == null || method != stored.method || evidenceCount != stored.evidenceCount
                || overridden != stored.overridden || !Objects.equals(score, stored.score)
                || !Objects.equals(computedPoints, stored.computedPoints) || !Objects.equals(levelPoints, stored.levelPoints);
    }
}
