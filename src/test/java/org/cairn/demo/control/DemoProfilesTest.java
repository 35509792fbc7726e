package org.cairn.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cairn.mastery.entity.EvidenceSource;
import org.junit.jupiter.api.Test;

class DemoProfilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void theSameDayGivesTheSameEvidence() {
        assertThat(DemoProfiles.plan(24, TODAY)).isEqualTo(DemoProfiles.plan(24, TODAY));
    }

    @Test
    void everyStudentHasEvidenceOnEveryStandardOnTheScaleAndNoneInTheFuture() {
        var planned = DemoProfiles.plan(24, TODAY);
        var perStudent = planned.stream().collect(Collectors.groupingBy(DemoProfiles.Planned::student,
                Collectors.mapping(DemoProfiles.Planned::code, Collectors.toSet())));
        assertThat(perStudent).hasSize(24);
        perStudent.values().forEach(codes -> assertThat(codes).hasSize(DemoProfiles.STANDARDS.size()));
        assertThat(planned).allSatisfy(p -> {
            assertThat(p.points()).isBetween(1, 4);
            assertThat(p.observedOn()).isBeforeOrEqualTo(TODAY).isAfter(TODAY.minusDays(40));
        });
        assertThat(planned).extracting(DemoProfiles.Planned::source)
                .contains(EvidenceSource.ASSESSMENT, EvidenceSource.OBSERVATION, EvidenceSource.SELF_ASSESSMENT);
    }

    @Test
    void theClassIsJaggedSomeAtMasteryAndAFewStruggling() {
        Map<Integer, Map<String, Integer>> latest = latestLevels(DemoProfiles.plan(24, TODAY));
        long allAtMastery = latest.values().stream().filter(m -> m.values().stream().allMatch(l -> l >= 3)).count();
        long struggling = latest.values().stream().filter(m -> m.values().stream().filter(l -> l <= 2).count() >= 5).count();
        long jagged = latest.values().stream().filter(m -> m.values().stream().anyMatch(l -> l >= 3)
                && m.values().stream().anyMatch(l -> l <= 2)).count();
        assertThat(struggling).as("struggling students").isBetween(2L, 8L);
        assertThat(jagged).as("students both at and below mastery").isGreaterThanOrEqualTo(12);
        assertThat(allAtMastery).as("students at mastery everywhere").isLessThan(8);
        assertThat(latest.values().stream().flatMap(m -> m.values().stream()).filter(l -> l == 4)).isNotEmpty();
    }

    private static Map<Integer, Map<String, Integer>> latestLevels(List<DemoProfiles.Planned> planned) {
        return planned.stream().filter(p -> p.source() != EvidenceSource.SELF_ASSESSMENT)
                .collect(Collectors.groupingBy(DemoProfiles.Planned::student, Collectors.groupingBy(DemoProfiles.Planned::code,
                        Collectors.collectingAndThen(Collectors.maxBy(Comparator.comparing(DemoProfiles.Planned::observedOn)),
                                p -> p.orElseThrow().points()))));
    }
}
