package org.cairn.mastery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.control.DistrictMastery.CourseLevel;
import org.cairn.mastery.control.DistrictMastery.CourseStandardRef;
import org.cairn.mastery.control.DistrictMastery.LevelCount;
import org.cairn.mastery.control.DistrictMastery.StandardName;
import org.cairn.mastery.control.DistrictMastery.StandardSummary;
import org.junit.jupiter.api.Test;

/** Adding up a school's grouped mastery rows per standard (the SQL side is DistrictMasteryIT's). */
class DistrictMasteryTest {

    private static final UUID ALGEBRA = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID GEOMETRY = UUID.fromString("00000000-0000-0000-0000-00000000c002");
    private static final UUID FRACTIONS = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final UUID DECIMALS = UUID.fromString("00000000-0000-0000-0000-00000000e002");
    /** Geometry's own scale: mastery at 2 of 1–3. */
    private static final Scale THREE_LEVELS = new Scale(List.of(new Scale.Level(1, "Not yet", "#f4c7c3", false),
            new Scale.Level(2, "Got it", "#b7e1cd", true), new Scale.Level(3, "Beyond", "#8fc1e3", false)));

    private static List<StandardSummary> summarize(List<CourseLevel> levels) {
        return DistrictMastery.summarize(
                List.of(new StandardName(FRACTIONS, "NF.1", "Adds fractions"), new StandardName(DECIMALS, "NF.2", "Decimals")),
                List.of(new CourseStandardRef(ALGEBRA, FRACTIONS), new CourseStandardRef(GEOMETRY, FRACTIONS),
                        new CourseStandardRef(ALGEBRA, DECIMALS)),
                Map.of(ALGEBRA, 30, GEOMETRY, 25), levels,
                course -> course.equals(GEOMETRY) ? THREE_LEVELS : Scale.standard());
    }

    @Test
    void addsUpStudentsWithALevelAndAtMasteryAcrossCourses() {
        var fractions = summarize(List.of(new CourseLevel(ALGEBRA, FRACTIONS, 2, 10), new CourseLevel(ALGEBRA, FRACTIONS, 3, 12),
                new CourseLevel(ALGEBRA, FRACTIONS, 4, 3))).get(0);

        assertThat(fractions.courses()).isEqualTo(2);
        assertThat(fractions.students()).isEqualTo(55);
        assertThat(fractions.withLevel()).isEqualTo(25);
        assertThat(fractions.atMastery()).isEqualTo(15);
        assertThat(fractions.percentAtMastery()).isEqualTo(60.0);
    }

    @Test
    void judgesEachCourseByItsOwnScale() {
        var fractions = summarize(List.of(new CourseLevel(ALGEBRA, FRACTIONS, 2, 10), new CourseLevel(GEOMETRY, FRACTIONS, 2, 7)))
                .get(0);

        assertThat(fractions.atMastery()).isEqualTo(7);
        assertThat(fractions.levels()).containsExactly(new LevelCount(2, "Developing", 10), new LevelCount(2, "Got it", 7));
    }

    @Test
    void spreadsTheLevelsInScaleOrder() {
        var fractions = summarize(List.of(new CourseLevel(ALGEBRA, FRACTIONS, 4, 1), new CourseLevel(ALGEBRA, FRACTIONS, 1, 2),
                new CourseLevel(ALGEBRA, FRACTIONS, 3, 3))).get(0);

        assertThat(fractions.levels()).extracting(LevelCount::label).containsExactly("Beginning", "Proficient", "Advanced");
        assertThat(fractions.levels()).extracting(LevelCount::students).containsExactly(2, 3, 1);
    }

    @Test
    void listsAStandardWithoutLevelsYetWithZeros() {
        var decimals = summarize(List.of(new CourseLevel(ALGEBRA, FRACTIONS, 3, 1))).get(1);

        assertThat(decimals).isEqualTo(new StandardSummary(DECIMALS, "NF.2", "Decimals", 1, 30, 0, 0, 0.0, List.of()));
    }

    @Test
    void leavesOutLevelsOnAStandardTheCourseDidNotChoose() {
        var decimals = summarize(List.of(new CourseLevel(GEOMETRY, DECIMALS, 3, 9), new CourseLevel(ALGEBRA, DECIMALS, 3, 1)))
                .get(1);

        assertThat(decimals.withLevel()).isEqualTo(1);
    }
}
