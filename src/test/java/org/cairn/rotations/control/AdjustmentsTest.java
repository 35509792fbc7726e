package org.cairn.rotations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.i18n.Messages;
import org.cairn.rotations.entity.Breach;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.StudentRole;
import org.junit.jupiter.api.Test;

/** A teacher's moves replayed over a grouping. */
class AdjustmentsTest {

    private static Map.Entry<StudentId, Integer> move(String student, int group) {
        return new AbstractMap.SimpleEntry<>(StudentId.of(student), group);
    }

    @Test
    void aMovedStudentIsInTheNewGroupWithARoleAndExplanationForIt() {
        var request = Classes.eight().build();
        var base = Groupings.skill(request);

        var adjusted = Groupings.adjusted(request, base, List.of(move("dev", 2)));

        assertThat(adjusted.groupOf(StudentId.of("dev")).orElseThrow().number()).isEqualTo(2);
        assertThat(adjusted.roleOf(StudentId.of("dev"))).isEqualTo(StudentRole.PRACTICE);
        assertThat(adjusted.explanations().get(StudentId.of("dev")).text())
                .isEqualTo("Developing on 6.RP.3 and 6.RP.2; grouped with students at similar levels (group 2); "
                        + "moved here by the teacher");
        assertThat(adjusted.groups().get(0).intervention()).isTrue();
        assertThat(adjusted.relaxedGoals()).isEmpty();
    }

    @Test
    void movesAreReplayedInOrderSoTheLastOneWins() {
        var request = Classes.eight().build();
        var adjusted = Groupings.adjusted(request, Groupings.skill(request), List.of(move("ana", 2), move("ana", 1)));

        assertThat(adjusted.groupOf(StudentId.of("ana")).orElseThrow().number()).isEqualTo(1);
        assertThat(adjusted.groups().stream().mapToInt(g -> g.size()).sum()).isEqualTo(8);
    }

    @Test
    void aMoveThatJoinsAKeepApartPairIsAllowedAndReported() {
        var request = Classes.eight().constraints(GroupingConstraints.groups(2).keepApart("ana", "hal")).build();
        var adjusted = Groupings.adjusted(request, Groupings.skill(request), List.of(move("hal", 1)));

        assertThat(adjusted.relaxedGoals()).extracting(Phrase::english)
                .contains("Keep apart is broken by a move: Ana and Hal are both in group 1");
        assertThat(adjusted.relaxedGoals()).extracting(p -> p.in(Messages.SPANISH))
                .contains("Un cambio rompe «mantener separados»: Ana y Hal están en el mismo grupo (1)");
    }

    @Test
    void aMoveThatSplitsAKeepTogetherSetIsReportedWithItsGroups() {
        var request = Classes.eight().constraints(GroupingConstraints.groups(2).keepTogether("ana", "ben")).build();
        var base = Groupings.skill(request);
        int other = base.groupOf(StudentId.of("ana")).orElseThrow().number() == 1 ? 2 : 1;
        var adjusted = Groupings.adjusted(request, base, List.of(move("ben", other)));

        assertThat(adjusted.relaxedGoals()).extracting(Phrase::english)
                .contains("Keep together is broken by a move: Ana and Ben are in groups 1 and 2");
        assertThat(adjusted.relaxedGoals()).extracting(p -> p.in(Messages.SPANISH))
                .contains("Un cambio rompe «mantener juntos»: Ana y Ben están en los grupos 1 y 2");
    }

    @Test
    void aMoveToAGroupThatDoesNotExistIsRefused() {
        var request = Classes.eight().build();
        var rejected = catchThrowableOfType(RotationRejected.class,
                () -> Groupings.adjusted(request, Groupings.skill(request), List.of(move("ana", 7))));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.breaches().get(0).constraint()).isEqualTo(Breach.Constraint.GROUP_COUNT);
        assertThat(rejected.getMessage()).isEqualTo("there is no group 7 (groups 1 to 2)");
    }
}
