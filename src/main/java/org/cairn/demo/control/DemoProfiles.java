package org.cairn.demo.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cairn.mastery.entity.EvidenceSource;

/**
 * The demo course's evidence: for each student (in a fixed order) a believable, jagged profile over the demo's
 * prioritized standards, the same every time for the same day. Each student has a strength in maths, in writing and
 * in habits; a few are strong everywhere, a few are struggling, most are uneven. Scores rise over a unit the way
 * practice makes them rise, on the default four-level scale (1 Beginning to 4 Advanced).
 */
public final class DemoProfiles {

    /** Which part of the course a standard belongs to; decides when and how its evidence was gathered. */
    public enum Strand { RATIOS, EXPRESSIONS, WRITING, HABIT_GOALS, HABIT_PERSISTENCE }

    /** One standard of the demo and its strand. */
    public record DemoStandard(String code, Strand strand) {
    }

    /** One piece of evidence to record. */
    public record Planned(int student, String code, int points, LocalDate observedOn, EvidenceSource source,
                          String note) {
    }

    /** The eight prioritized standards of the demo course, in their order. */
    public static final List<DemoStandard> STANDARDS = List.of(
            new DemoStandard("6.RP.1", Strand.RATIOS), new DemoStandard("6.RP.2", Strand.RATIOS),
            new DemoStandard("6.RP.3", Strand.RATIOS), new DemoStandard("6.EE.1", Strand.EXPRESSIONS),
            new DemoStandard("6.EE.2", Strand.EXPRESSIONS), new DemoStandard("W.6.1", Strand.WRITING),
            new DemoStandard("HAB.GOAL", Strand.HABIT_GOALS), new DemoStandard("HAB.PERS", Strand.HABIT_PERSISTENCE));

    /**
     * Kinds of learners, cycled over the class so every demo has all of them: {maths, writing, habits} strength on
     * the 1-4 scale.
     */
    private static final double[][] ARCHETYPES = {
            {3.6, 3.4, 3.5},  // strong all round
            {3.3, 2.0, 2.8},  // maths first, writing behind
            {2.4, 3.3, 3.0},  // a writer who finds ratios hard
            {2.6, 2.6, 2.2},  // average, still building habits
            {1.5, 1.7, 2.3},  // struggling
            {3.0, 2.8, 3.6},  // steady, great habits
            {3.8, 3.7, 2.4},  // advanced, rushes and gives up on hard tasks
            {2.2, 2.5, 3.2},  // developing, persistent
    };

    private DemoProfiles() {
    }

    public static List<Planned> plan(int students, LocalDate today) {
        var random = new Random(20261127L);
        var out = new ArrayList<Planned>();
        for (int s = 0; s < students; s++) {
            double[] kind = ARCHETYPES[s % ARCHETYPES.length];
            double drift = (random.nextDouble() - 0.5) * 0.6;
            for (DemoStandard standard : STANDARDS) {
                double strength = switch (standard.strand()) {
                    case RATIOS, EXPRESSIONS -> kind[0];
                    case WRITING -> kind[1];
                    case HABIT_GOALS, HABIT_PERSISTENCE -> kind[2];
                } + drift + (random.nextDouble() - 0.5) * 0.9;
                for (Occasion o : occasions(standard.strand())) {
                    // Practice: earlier evidence sits below the learner's current strength.
                    double score = strength - o.behind + (random.nextDouble() - 0.5) * 0.8;
                    out.add(new Planned(s, standard.code(), level(score), today.minusDays(o.daysAgo), o.source, o.note));
                }
            }
        }
        return out;
    }

    private record Occasion(int daysAgo, double behind, EvidenceSource source, String note) {
    }

    private static List<Occasion> occasions(Strand strand) {
        return switch (strand) {
            case RATIOS -> List.of(
                    new Occasion(33, 1.0, EvidenceSource.ASSESSMENT, "Pre-assessment"),
                    new Occasion(26, 0.6, EvidenceSource.OBSERVATION, "Small-group work"),
                    new Occasion(19, 0.3, EvidenceSource.ASSESSMENT, "Exit ticket"),
                    new Occasion(10, 0.0, EvidenceSource.ASSESSMENT, "Unit quiz"));
            case EXPRESSIONS -> List.of(
                    new Occasion(6, 0.5, EvidenceSource.ASSESSMENT, "Exit ticket"),
                    new Occasion(2, 0.2, EvidenceSource.OBSERVATION, "Station rotation"));
            case WRITING -> List.of(
                    new Occasion(30, 0.8, EvidenceSource.ASSESSMENT, "Argument essay draft (rubric)"),
                    new Occasion(16, 0.4, EvidenceSource.OBSERVATION, "Writing conference"),
                    new Occasion(4, 0.0, EvidenceSource.ASSESSMENT, "Argument essay final (rubric)"));
            case HABIT_GOALS -> List.of(
                    new Occasion(28, 0.6, EvidenceSource.OBSERVATION, "Goal-setting check-in"),
                    new Occasion(14, 0.3, EvidenceSource.OBSERVATION, "Goal-setting check-in"),
                    new Occasion(5, -0.3, EvidenceSource.SELF_ASSESSMENT, "Self-assessment: my learning goal"),
                    new Occasion(3, 0.0, EvidenceSource.OBSERVATION, "Goal-setting check-in"));
            case HABIT_PERSISTENCE -> List.of(
                    new Occasion(27, 0.5, EvidenceSource.OBSERVATION, "Observed during a hard problem"),
                    new Occasion(13, 0.2, EvidenceSource.OBSERVATION, "Observed during a hard problem"),
                    new Occasion(3, 0.0, EvidenceSource.OBSERVATION, "Observed during a hard problem"));
        };
    }

    /** A score to the nearest whole level, kept on the four-level scale. */
    static int level(double score) {
        return (int) Math.max(1, Math.min(4, Math.round(score)));
    }
}
