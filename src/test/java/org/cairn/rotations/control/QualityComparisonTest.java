package org.cairn.rotations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cairn.infra.i18n.Phrase;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.Quality;
import org.cairn.rotations.entity.Student;
import org.junit.jupiter.api.Test;

/**
 * Cairn's methods beside sort-and-slice and a seeded random split, for a fixed class of 30 (seed 2026): prints
 * the table that docs/rotations.md shows, and checks that ours is at least as good on the measure each aims at.
 */
class QualityComparisonTest {

    static final long SEED = 2026;

    static GroupingRequest fixedClass() {
        Random rnd = new Random(SEED);
        var students = new ArrayList<Student>();
        for (int i = 0; i < 30; i++) {
            students.add(Student.present(String.format("s%03d", i), "Student " + i));
        }
        var builder = GroupingRequest.of(students, RandomClasses.STANDARDS.subList(0, 2)).constraints(GroupingConstraints.groups(5)
                .keepApart("s000", "s001").keepApart("s002", "s003", "s004").keepTogether("s005", "s006"));
        for (Student s : students) {
            for (var t : RandomClasses.STANDARDS.subList(0, 2)) {
                if (rnd.nextInt(10) > 0) {
                    builder.level(s.id().value(), t.id(), 1 + rnd.nextInt(4));
                }
            }
        }
        return builder.build();
    }

    @Test
    void oursIsAtLeastAsGoodAsTheBaselinesOnWhatEachMethodAimsAt() {
        List<Quality> rows = QualityMeasures.compare(fixedClass(), SEED);
        System.out.println(QualityMeasures.table(rows));

        Quality skill = rows.get(0);
        Quality mixed = rows.get(1);
        Quality slice = rows.get(2);
        Quality random = rows.get(3);
        assertThat(skill.meanWithinSd()).isLessThan(random.meanWithinSd());
        // Keep-apart costs some likeness, and the grouping says so; sort-and-slice simply breaks the constraint.
        assertThat(Groupings.skill(fixedClass()).relaxedGoals()).extracting(Phrase::english)
                .anyMatch(g -> g.startsWith("Groups are less alike"));
        assertThat(slice.hardBreaks()).isPositive();
        assertThat(mixed.sdOfGroupMeans()).isLessThan(random.sdOfGroupMeans()).isLessThan(slice.sdOfGroupMeans());
        assertThat(mixed.groupsWithMastery()).isGreaterThanOrEqualTo(random.groupsWithMastery());
        assertThat(skill.hardBreaks()).isZero();
        assertThat(mixed.hardBreaks()).isZero();
    }

    @Test
    void withoutKeepApartOrTogetherOursMatchesOrBeatsSortAndSlice() {
        List<Quality> rows = QualityMeasures.compare(fixedClass().with(GroupingConstraints.groups(5)), SEED);
        System.out.println(QualityMeasures.table(rows));

        assertThat(rows.get(0).meanWithinSd()).isLessThanOrEqualTo(rows.get(2).meanWithinSd() + 1e-9);
        assertThat(rows.get(1).sdOfGroupMeans()).isLessThan(rows.get(3).sdOfGroupMeans());
        long atMastery = StudentProfiles.of(fixedClass()).stream().filter(StudentProfile::masteredAll).count();
        assertThat((long) rows.get(1).groupsWithMastery()).isEqualTo(Math.min(5, atMastery));
    }
}
