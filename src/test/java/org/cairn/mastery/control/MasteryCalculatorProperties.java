package org.cairn.mastery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the methods over 1,000 random evidence sequences from a fixed seed (printed in every failure, so a
 * failing case can be replayed). Plain JUnit loops: no property-testing library needed.
 */
class MasteryCalculatorProperties {

    private static final long SEED = 20261127L;
    private static final int CASES = 1_000;
    private static final Scale SCALE = Scale.standard();

    private static double[] randomScores(Random random) {
        int length = 1 + random.nextInt(12);
        double[] s = new double[length];
        for (int i = 0; i < length; i++) s[i] = 1 + random.nextInt(4);
        return s;
    }

    private static MethodSettings randomSettings(Random random, MethodKind kind) {
        return MethodSettings.of(kind).withN(1 + random.nextInt(4))
                .withWeight(random.nextDouble()).withRate(0.05 + 0.95 * random.nextDouble());
    }

    private static double score(MethodSettings m, double[] s) {
        return MasteryCalculator.score(m, SCALE, s);
    }

    @Test
    void aLevelNeverLeavesTheScale() {
        Random random = new Random(SEED);
        for (int c = 0; c < CASES; c++) {
            double[] s = randomScores(random);
            for (MethodKind kind : MethodKind.values()) {
                double score = score(randomSettings(random, kind), s);
                if (Double.isNaN(score)) continue;
                String context = "seed " + SEED + " case " + c + " " + kind + " " + java.util.Arrays.toString(s);
                assertThat(score).as(context).isBetween(SCALE.min(), SCALE.max());
                assertThat(SCALE.levels()).as(context).contains(SCALE.levelFor(score));
            }
        }
    }

    @Test
    void evidenceAtTheTopLevelNeverLowersHighest() {
        Random random = new Random(SEED);
        var highest = MethodSettings.of(MethodKind.HIGHEST);
        for (int c = 0; c < CASES; c++) {
            double[] s = randomScores(random);
            double[] more = java.util.Arrays.copyOf(s, s.length + 1);
            more[s.length] = SCALE.max();
            assertThat(score(highest, more)).as("seed " + SEED + " case " + c).isGreaterThanOrEqualTo(score(highest, s));
        }
    }

    @Test
    void orderMattersOnlyForOrderSensitiveMethods() {
        Random random = new Random(SEED);
        boolean sawOrderMatter = false;
        for (int c = 0; c < CASES; c++) {
            double[] s = randomScores(random);
            double[] shuffled = shuffle(s, random);
            for (MethodKind kind : MethodKind.values()) {
                MethodSettings m = randomSettings(random, kind);
                double a = score(m, s);
                double b = score(m, shuffled);
                String context = "seed " + SEED + " case " + c + " " + kind;
                if (!kind.orderSensitive()) {
                    if (Double.isNaN(a)) assertThat(b).as(context).isNaN();
                    else assertThat(b).as(context).isCloseTo(a, org.assertj.core.data.Offset.offset(1e-9));
                } else if (!Double.isNaN(a) && Math.abs(a - b) > 1e-9) {
                    sawOrderMatter = true;
                }
            }
        }
        assertThat(sawOrderMatter).as("seed " + SEED + ": order-sensitive methods should react to order").isTrue();
    }

    @Test
    void nTimesIsMonotoneInAddedQualifyingEvidence() {
        Random random = new Random(SEED);
        for (int c = 0; c < CASES; c++) {
            MethodSettings m = randomSettings(random, MethodKind.N_TIMES);
            double[] s = randomScores(random);
            double qualifying = SCALE.masteryPoints() + random.nextInt((int) (SCALE.max() - SCALE.masteryPoints()) + 1);
            double[] more = java.util.Arrays.copyOf(s, s.length + 1);
            more[s.length] = qualifying;
            double before = score(m, s);
            double after = score(m, more);
            String context = "seed " + SEED + " case " + c + " n=" + m.n() + " " + java.util.Arrays.toString(more);
            if (!Double.isNaN(before)) {
                assertThat(after).as(context).isGreaterThanOrEqualTo(before);
            }
        }
    }

    private static double[] shuffle(double[] s, Random random) {
        List<Double> list = new ArrayList<>();
        for (double v : s) list.add(v);
        Collections.shuffle(list, random);
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
