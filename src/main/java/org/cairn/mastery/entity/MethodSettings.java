package org.cairn.mastery.entity;

/**
 * A calculation method with its parameters: n for {@link MethodKind#N_TIMES}, the weight w of the latest piece
 * for {@link MethodKind#WEIGHTED_AVERAGE}, the rate r for {@link MethodKind#DECAYING_AVERAGE}, and whether
 * self-assessments count (they do not unless the teacher includes them).
 */
public record MethodSettings(MethodKind kind, int n, double weight, double rate, boolean includeSelfAssessment) {

    public static final int DEFAULT_N = 3;
    public static final double DEFAULT_WEIGHT = 0.65;
    public static final double DEFAULT_RATE = 0.65;

    public MethodSettings {
        if (kind == null) throw new MasteryRule.Invalid("mastery.problem.methodNeedsKind");
        if (n < 1) throw new MasteryRule.Invalid("mastery.problem.nTooSmall", String.valueOf(n));
        if (!(weight >= 0 && weight <= 1)) {
            throw new MasteryRule.Invalid("mastery.problem.weightOutOfRange", String.valueOf(weight));
        }
        if (!(rate > 0 && rate <= 1)) throw new MasteryRule.Invalid("mastery.problem.rateOutOfRange", String.valueOf(rate));
    }

    public static MethodSettings of(MethodKind kind) {
        return new MethodSettings(kind, DEFAULT_N, DEFAULT_WEIGHT, DEFAULT_RATE, false);
    }

    public static MethodSettings decayingAverage() {
        return of(MethodKind.DECAYING_AVERAGE);
    }

    public MethodSettings withKind(MethodKind other) {
        return new MethodSettings(other, n, weight, rate, includeSelfAssessment);
    }

    public MethodSettings withN(int value) {
        return new MethodSettings(kind, value, weight, rate, includeSelfAssessment);
    }

    public MethodSettings withWeight(double value) {
        return new MethodSettings(kind, n, value, rate, includeSelfAssessment);
    }

    public MethodSettings withRate(double value) {
        return new MethodSettings(kind, n, weight, value, includeSelfAssessment);
    }

    public MethodSettings includingSelfAssessment(boolean include) {
        return new MethodSettings(kind, n, weight, rate, include);
    }
}
