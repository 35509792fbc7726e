package org.cairn.mastery.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Phrase;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;

/**
 * The calculation methods as pure functions: evidence in, a score and the level it rounds to out. No JPA, no clock,
 * no state: the same evidence always gives the same result, which is what lets mastery be rebuilt at any time.
 * Steps and exclusion reasons are {@link Phrase}s ({@code mastery.server.step.*}, {@code mastery.server.excluded.*}),
 * phrased in the reader's language when the explanation is written; their numbers are already formatted
 * ({@link #number}), so every language shows the same formulas.
 */
public final class MasteryCalculator {

    // Reasons without arguments, built once: heatmaps select the evidence of a whole class through reasonToExclude.
    private static final Phrase NOT_YET_VALIDATED = excluded("pendingValidation");
    private static final Phrase REJECTED_BY_A_TEACHER = excluded("rejected");
    private static final Phrase SUPERSEDED = excluded("corrected");
    private static final Phrase SELF_ASSESSMENT_LEFT_OUT = excluded("selfAssessment");

    private MasteryCalculator() {
    }

    /** Selects the evidence that counts, orders it by date observed and applies the method. */
    public static Outcome calculate(MethodSettings method, Scale scale, Collection<Observation> evidence) {
        var used = new ArrayList<Observation>();
        var excluded = new ArrayList<Exclusion>();
        for (Observation o : evidence) {
            reasonToExclude(method, scale, o).ifPresentOrElse(
                    reason -> excluded.add(new Exclusion(o, reason)), () -> used.add(o));
        }
        used.sort(Observation.CHRONOLOGICAL);
        excluded.sort((a, b) -> Observation.CHRONOLOGICAL.compare(a.evidence(), b.evidence()));
        double[] scores = used.stream().mapToDouble(Observation::points).toArray();
        var steps = new ArrayList<Phrase>();
        double score = compute(method, scale, scores, steps);
        if (Double.isNaN(score)) {
            return new Outcome(method, OptionalDouble.empty(), Optional.empty(), used, excluded, steps);
        }
        Scale.Level level = scale.levelFor(score);
        steps.add(scale.isMastery(level)
                ? step("roundsAtMastery", number(score), level.label(), number(level.points()))
                : step("roundsBelowMastery", number(score), level.label(), number(level.points()),
                        number(scale.masteryPoints())));
        return new Outcome(method, OptionalDouble.of(score), Optional.of(level), used, excluded, steps);
    }

    /** A score and how many pieces counted, without the explanation: for heatmaps over a whole class. */
    public record Score(double value, int used) {
        public boolean hasLevel() {
            return !Double.isNaN(value);
        }
    }

    /** As {@link #calculate} but without steps or exclusion reasons: NaN when there is no level yet. */
    public static Score quickly(MethodSettings method, Scale scale, List<Observation> evidence) {
        var used = new ArrayList<Observation>(evidence.size());
        for (Observation o : evidence) {
            if (reasonToExclude(method, scale, o).isEmpty()) used.add(o);
        }
        used.sort(Observation.CHRONOLOGICAL);
        double[] scores = new double[used.size()];
        for (int i = 0; i < scores.length; i++) scores[i] = used.get(i).points();
        return new Score(compute(method, scale, scores, null), scores.length);
    }

    /** The chosen method's outcome and what every other method (same parameters) would give. */
    public static Explanation explain(MethodSettings method, Scale scale, Collection<Observation> evidence) {
        var alternatives = new EnumMap<MethodKind, Outcome>(MethodKind.class);
        for (MethodKind kind : MethodKind.values()) {
            if (kind != method.kind()) alternatives.put(kind, calculate(method.withKind(kind), scale, evidence));
        }
        return new Explanation(calculate(method, scale, evidence), alternatives);
    }

    /**
     * The score of scores already selected and in chronological order, at full precision; NaN when the method
     * gives no level yet. The fast path for heatmaps and benchmarks: no text, no allocation beyond the method's.
     */
    public static double score(MethodSettings method, Scale scale, double[] ordered) {
        return compute(method, scale, ordered, null);
    }

    static Optional<Phrase> reasonToExclude(MethodSettings method, Scale scale, Observation o) {
        switch (o.status()) {
            case PENDING_VALIDATION:
                return Optional.of(NOT_YET_VALIDATED);
            case REJECTED:
                return Optional.of(REJECTED_BY_A_TEACHER);
            case CORRECTED:
                return Optional.of(SUPERSEDED);
            default:
                break;
        }
        if (o.source() == EvidenceSource.SELF_ASSESSMENT && !method.includeSelfAssessment()) {
            return Optional.of(SELF_ASSESSMENT_LEFT_OUT);
        }
        if (!scale.contains(o.points())) {
            return Optional.of(excluded("offScale", number(o.points()), number(scale.min()), number(scale.max())));
        }
        return Optional.empty();
    }

    private static double compute(MethodSettings m, Scale scale, double[] s, List<Phrase> steps) {
        if (s.length == 0) {
            if (steps != null) steps.add(step("noEvidence"));
            return Double.NaN;
        }
        if (steps != null) steps.add(step("scores", list(s)));
        return switch (m.kind()) {
            case HIGHEST -> highest(s, steps);
            case MOST_RECENT -> mostRecent(s, steps);
            case AVERAGE -> average(s, steps);
            case MODE -> mode(s, steps);
            case N_TIMES -> nTimes(s, m.n(), scale.masteryPoints(), steps);
            case WEIGHTED_AVERAGE -> weightedAverage(s, m.weight(), steps);
            case DECAYING_AVERAGE -> decayingAverage(s, m.rate(), steps);
            case POWER_LAW -> powerLaw(s, scale, steps);
        };
    }

    static double highest(double[] s, List<Phrase> steps) {
        double max = Arrays.stream(s).max().orElseThrow();
        if (steps != null) steps.add(step("highest", list(s), number(max)));
        return max;
    }

    static double mostRecent(double[] s, List<Phrase> steps) {
        double last = s[s.length - 1];
        if (steps != null) steps.add(step("mostRecent", number(last)));
        return last;
    }

    static double average(double[] s, List<Phrase> steps) {
        double sum = 0;
        for (double v : s) sum += v;
        double mean = sum / s.length;
        if (steps != null) steps.add(step("average", join(s, " + "), String.valueOf(s.length), number(mean)));
        return mean;
    }

    /** The most frequent score; a tie goes to the higher score. */
    static double mode(double[] s, List<Phrase> steps) {
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        double best = sorted[0];
        int bestCount = 0;
        int i = 0;
        var counts = new StringBuilder();
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            int count = j - i;
            if (steps != null) {
                if (counts.length() > 0) counts.append(", ");
                counts.append(number(sorted[i])).append(" × ").append(count);
            }
            if (count >= bestCount) { // ascending order: >= lets the higher score win a tie
                best = sorted[i];
                bestCount = count;
            }
            i = j;
        }
        if (steps != null) steps.add(step("mode", counts.toString(), number(best)));
        return best;
    }

    /**
     * Nothing until n scores are at or above mastery; then the n-th highest score, the highest level shown at
     * least n times. Adding a qualifying score can only keep or raise it.
     */
    static double nTimes(double[] s, int n, double mastery, List<Phrase> steps) {
        long qualifying = Arrays.stream(s).filter(v -> v >= mastery).count();
        if (qualifying < n) {
            if (steps != null) {
                steps.add(step("nTimesNotYet", String.valueOf(qualifying), String.valueOf(n), number(mastery)));
            }
            return Double.NaN;
        }
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        double nth = sorted[sorted.length - n];
        if (steps != null) {
            steps.add(step("nTimes", String.valueOf(qualifying), number(mastery), String.valueOf(n), number(nth)));
        }
        return nth;
    }

    /** latest × w + mean of the others × (1 − w); one score is its own result. */
    static double weightedAverage(double[] s, double w, List<Phrase> steps) {
        double latest = s[s.length - 1];
        if (s.length == 1) {
            if (steps != null) steps.add(step("weightedAverageOfOne", number(latest)));
            return latest;
        }
        double sum = 0;
        for (int i = 0; i < s.length - 1; i++) sum += s[i];
        double rest = sum / (s.length - 1);
        double result = latest * w + rest * (1 - w);
        if (steps != null) {
            steps.add(step("meanOfEarlier", join(Arrays.copyOf(s, s.length - 1), " + "), String.valueOf(s.length - 1),
                    number(rest)));
            steps.add(step("weightedAverage", number(latest), number(w), number(rest), number(1 - w), number(result)));
        }
        return result;
    }

    /** d1 = s1, dk = dk−1 × (1 − r) + sk × r. */
    static double decayingAverage(double[] s, double r, List<Phrase> steps) {
        double d = s[0];
        if (steps != null) steps.add(step("decayingFirst", number(d)));
        for (int k = 1; k < s.length; k++) {
            double next = d * (1 - r) + s[k] * r;
            if (steps != null) {
                steps.add(step("decaying", String.valueOf(k + 1), number(d), number(1 - r), number(s[k]), number(r),
                        number(next)));
            }
            d = next;
        }
        return d;
    }

    /**
     * Marzano's power law: fit score = a × x^b by least squares on ln(score) against ln(x), x the ordinal position
     * 1..n, and predict at the latest position, clamped to the scale. Scores are shifted so they are positive when
     * the scale starts at or below zero. One score is its own result; a flat line is its constant.
     */
    static double powerLaw(double[] s, Scale scale, List<Phrase> steps) {
        int n = s.length;
        if (n == 1) {
            if (steps != null) steps.add(step("powerLawOfOne", number(s[0])));
            return s[0];
        }
        double shift = scale.min() <= 0 ? 1 - scale.min() : 0;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log(i + 1);
            double y = Math.log(s[i] + shift);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double lnA = (sy - b * sx) / n;
        double predicted = Math.exp(lnA + b * Math.log(n)) - shift;
        double clamped = scale.clamp(predicted);
        if (steps != null) {
            String a = number(Math.exp(lnA));
            String position = String.valueOf(n);
            steps.add(step("leastSquares", shift == 0 ? "" : " + " + number(shift), a, number(b)));
            String minusShift = shift == 0 ? "" : " − " + number(shift);
            steps.add(clamped == predicted
                    ? step("predicted", position, a, number(b), minusShift, number(predicted))
                    : step("predictedClamped", position, a, number(b), minusShift, number(predicted), number(clamped)));
        }
        return clamped;
    }

    /** A step of the calculation: {@code mastery.server.step.<name>}, its numbers already formatted as strings. */
    private static Phrase step(String name, Object... arguments) {
        return Phrase.of("mastery.server.step." + name, arguments);
    }

    /** Why a piece of evidence does not count: {@code mastery.server.excluded.<name>}. */
    private static Phrase excluded(String name, Object... arguments) {
        return Phrase.of("mastery.server.excluded." + name, arguments);
    }

    /** A number for people: up to four decimals, no trailing zeros (3.484625 reads 3.4846, 2.0 reads 2). */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String list(double[] s) {
        return join(s, ", ");
    }

    private static String join(double[] s, String separator) {
        var out = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            if (i > 0) out.append(separator);
            out.append(number(s[i]));
        }
        return out.toString();
    }
}
