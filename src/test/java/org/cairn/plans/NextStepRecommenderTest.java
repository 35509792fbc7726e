package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.plans.control.NextStepRecommender;
import org.cairn.plans.control.NextStepRecommender.CourseStandard;
import org.cairn.plans.control.NextStepRecommender.NextStep;
import org.cairn.plans.control.NextStepRecommender.Precedes;
import org.cairn.plans.control.NextStepRecommender.Reason;
import org.junit.jupiter.api.Test;

class NextStepRecommenderTest {

    private static final int PROFICIENT = 3;

    private static CourseStandard standard(String code, int unit) {
        return new CourseStandard(UUID.nameUUIDFromBytes(code.getBytes()), code, unit);
    }

    private final CourseStandard rp1 = standard("6.RP.1", 1);
    private final CourseStandard rp2 = standard("6.RP.2", 1);
    private final CourseStandard rp3 = standard("6.RP.3", 1);
    private final CourseStandard ns1 = standard("6.NS.1", 2);
    private final CourseStandard ns2 = standard("6.NS.2", 2);

    private static Precedes link(CourseStandard before, CourseStandard after) {
        return new Precedes(before.id(), after.id());
    }

    private static Optional<NextStep> recommend(List<CourseStandard> standards, List<Precedes> links,
                                                Map<UUID, Integer> levels) {
        return NextStepRecommender.recommend(standards, links, levels, PROFICIENT);
    }

    @Test
    void recommendsTheStandardAfterOneMasteredAndSaysWhy() {
        NextStep next = recommend(List.of(rp1, rp2, rp3), List.of(link(rp1, rp2), link(rp2, rp3)),
                Map.of(rp1.id(), 3)).orElseThrow();
        assertThat(next.standard()).isEqualTo(rp2);
        assertThat(next.reason()).isEqualTo(Reason.PREREQUISITES_MASTERED);
        assertThat(next.explain()).isEqualTo("6.RP.2 is next: you mastered 6.RP.1, which comes before it. It opens the way to 6.RP.3.");
    }

    @Test
    void explainsInSpanish() {
        NextStep next = recommend(List.of(rp1, rp2), List.of(link(rp1, rp2)), Map.of(rp1.id(), 4)).orElseThrow();
        assertThat(next.explain(Messages.forLocale(Messages.SPANISH)))
                .isEqualTo("6.RP.2 es el siguiente: dominaste 6.RP.1, que va antes.");
    }

    @Test
    void aStudentWithNoEvidenceStartsAtTheBeginning() {
        NextStep next = recommend(List.of(rp1, rp2, rp3), List.of(link(rp1, rp2), link(rp2, rp3)), Map.of()).orElseThrow();
        assertThat(next.standard()).isEqualTo(rp1);
        assertThat(next.reason()).isEqualTo(Reason.NOTHING_BEFORE);
        assertThat(next.explain()).isEqualTo(
                "6.RP.1 is next: nothing comes before it in unit 1. It opens the way to 2 more standards: 6.RP.2 and 6.RP.3.");
    }

    @Test
    void prefersTheStandardThatUnlocksMoreOverTheEasiestOne() {
        // 6.RP.1 stands alone and Ana is nearly there (Developing); 6.RP.2 opens 6.RP.3 and 6.NS.1.
        NextStep next = recommend(List.of(rp1, rp2, rp3, ns1), List.of(link(rp2, rp3), link(rp3, ns1)),
                Map.of(rp1.id(), 2)).orElseThrow();
        assertThat(next.standard()).isEqualTo(rp2);
        assertThat(next.unlocks()).containsExactly("6.RP.3", "6.NS.1");
    }

    @Test
    void onATieTheEarlierStandardWins() {
        NextStep next = recommend(List.of(rp1, rp2, rp3), List.of(), Map.of(rp2.id(), 1)).orElseThrow();
        assertThat(next.standard()).isEqualTo(rp1);
    }

    @Test
    void anEarlierUnitComesBeforeALaterUnitThatUnlocksMore() {
        NextStep next = recommend(List.of(rp1, ns1, ns2, rp3), List.of(link(ns1, ns2), link(ns1, rp3)),
                Map.of()).orElseThrow();
        assertThat(next.standard()).isEqualTo(rp1);
    }

    @Test
    void neverRecommendsAStandardWhosePrerequisiteIsNotMastered() {
        NextStep next = recommend(List.of(rp1, rp2, ns1), List.of(link(rp1, rp2)), Map.of(rp1.id(), 2)).orElseThrow();
        assertThat(next.standard()).isEqualTo(rp1);
    }

    @Test
    void recommendsNothingWhenEverythingIsMastered() {
        assertThat(recommend(List.of(rp1, rp2), List.of(link(rp1, rp2)), Map.of(rp1.id(), 3, rp2.id(), 4))).isEmpty();
        assertThat(recommend(List.of(), List.of(), Map.of())).isEmpty();
    }

    @Test
    void linksToStandardsOutsideTheCourseAreIgnored() {
        CourseStandard fifthGrade = standard("5.NF.3", 0);
        NextStep next = recommend(List.of(rp1, rp2), List.of(link(fifthGrade, rp1)), Map.of()).orElseThrow();
        assertThat(next.standard()).isEqualTo(rp1);
        assertThat(next.reason()).isEqualTo(Reason.NOTHING_BEFORE);
    }

    @Test
    void aLoopInTheLinksStillGivesAnAnswerAndSaysWhatIsMissing() {
        NextStep next = recommend(List.of(rp1, rp2), List.of(link(rp1, rp2), link(rp2, rp1)), Map.of()).orElseThrow();
        assertThat(next.standard()).isEqualTo(rp1);
        assertThat(next.reason()).isEqualTo(Reason.EARLIEST_DESPITE_LOOP);
        assertThat(next.explain()).startsWith("6.RP.1 is next: it comes earliest, though 6.RP.2 is not mastered yet.");
    }

    @Test
    void theMasteryThresholdComesFromTheScale() {
        Map<UUID, Integer> levels = Map.of(rp1.id(), 3);
        assertThat(NextStepRecommender.recommend(List.of(rp1, rp2), List.of(), levels, 4).orElseThrow().standard())
                .isEqualTo(rp1);
    }

    @Test
    void namesEveryMasteredPrerequisite() {
        NextStep next = recommend(List.of(rp1, rp2, rp3), List.of(link(rp1, rp3), link(rp2, rp3)),
                Map.of(rp1.id(), 3, rp2.id(), 3)).orElseThrow();
        assertThat(next.explain()).isEqualTo("6.RP.3 is next: you mastered 6.RP.1 and 6.RP.2, which come before it.");
    }

    // Properties over random courses (seeded, so a failure replays).

    private record Course(List<CourseStandard> standards, List<Precedes> links, Map<UUID, Integer> levels) {
    }

    private static Course randomCourse(Random random, boolean acyclic) {
        int n = 1 + random.nextInt(14);
        List<CourseStandard> standards = new ArrayList<>();
        int unit = 1;
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextInt(4) == 0) unit++;
            standards.add(new CourseStandard(new UUID(random.nextLong(), random.nextLong()), "S" + i, unit));
        }
        List<Precedes> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean allowed = acyclic ? i < j : i != j;
                if (allowed && random.nextInt(5) == 0) links.add(new Precedes(standards.get(i).id(), standards.get(j).id()));
            }
        }
        Map<UUID, Integer> levels = new HashMap<>();
        for (CourseStandard s : standards) {
            int level = random.nextInt(5);
            if (level > 0) levels.put(s.id(), level);
        }
        return new Course(standards, links, levels);
    }

    private static boolean mastered(Course c, UUID id) {
        return c.levels().getOrDefault(id, 0) >= PROFICIENT;
    }

    private static boolean ready(Course c, UUID id) {
        return !mastered(c, id) && c.links().stream()
                .filter(l -> l.after().equals(id))
                .allMatch(l -> mastered(c, l.before()));
    }

    @Test
    void neverRecommendsAMasteredStandard() {
        Random random = new Random(20261127L);
        for (int run = 0; run < 2000; run++) {
            Course c = randomCourse(random, random.nextBoolean());
            int r = run;
            recommend(c.standards(), c.links(), c.levels())
                    .ifPresent(next -> assertThat(mastered(c, next.standard().id())).as("run %d", r).isFalse());
        }
    }

    @Test
    void recommendsSomethingExactlyWhenSomethingIsNotMastered() {
        Random random = new Random(7L);
        for (int run = 0; run < 2000; run++) {
            Course c = randomCourse(random, random.nextBoolean());
            boolean anyLeft = c.standards().stream().anyMatch(s -> !mastered(c, s.id()));
            assertThat(recommend(c.standards(), c.links(), c.levels()).isPresent()).isEqualTo(anyLeft);
        }
    }

    @Test
    void neverRecommendsAStandardWithAnUnmasteredPrerequisiteWhenAReadyOneExists() {
        Random random = new Random(42L);
        for (int run = 0; run < 2000; run++) {
            Course c = randomCourse(random, random.nextBoolean());
            Optional<NextStep> next = recommend(c.standards(), c.links(), c.levels());
            if (next.isEmpty()) continue;
            boolean anyReady = c.standards().stream().anyMatch(s -> ready(c, s.id()));
            if (anyReady) {
                assertThat(ready(c, next.get().standard().id())).as("run %d: %s", run, next.get()).isTrue();
            }
        }
    }

    @Test
    void withoutLoopsThereIsAlwaysAReadyStandard() {
        Random random = new Random(11L);
        for (int run = 0; run < 2000; run++) {
            Course c = randomCourse(random, true);
            recommend(c.standards(), c.links(), c.levels())
                    .ifPresent(next -> assertThat(next.reason()).isNotEqualTo(Reason.EARLIEST_DESPITE_LOOP));
        }
    }

    @Test
    void isDeterministicWhateverTheOrderOfLinksAndLevels() {
        Random random = new Random(99L);
        for (int run = 0; run < 1000; run++) {
            Course c = randomCourse(random, random.nextBoolean());
            Optional<NextStep> first = recommend(c.standards(), c.links(), c.levels());
            List<Precedes> shuffled = new ArrayList<>(c.links());
            Collections.shuffle(shuffled, random);
            List<UUID> keys = new ArrayList<>(c.levels().keySet());
            Collections.shuffle(keys, random);
            Map<UUID, Integer> reordered = new LinkedHashMap<>();
            keys.forEach(k -> reordered.put(k, c.levels().get(k)));
            assertThat(recommend(c.standards(), Set.copyOf(shuffled).stream().toList(), reordered)).isEqualTo(first);
            assertThat(recommend(c.standards(), c.links(), c.levels())).isEqualTo(first);
        }
    }

    @Test
    void staysInTheEarliestUnitThatHasAReadyStandard() {
        Random random = new Random(5L);
        for (int run = 0; run < 2000; run++) {
            Course c = randomCourse(random, true);
            Optional<NextStep> next = recommend(c.standards(), c.links(), c.levels());
            if (next.isEmpty()) continue;
            int earliest = c.standards().stream().filter(s -> ready(c, s.id())).mapToInt(CourseStandard::unit).min().orElseThrow();
            assertThat(next.get().standard().unit()).isEqualTo(earliest);
        }
    }
}
