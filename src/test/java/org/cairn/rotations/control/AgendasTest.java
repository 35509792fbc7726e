package org.cairn.rotations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.problem.Problem;
import org.cairn.rotations.entity.Breach;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.Rotation;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.Station;
import org.cairn.rotations.entity.StationKind;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.StudentRole;
import org.junit.jupiter.api.Test;

class AgendasTest {

    private static final Station TEACHER = new Station("teacher", "Teacher table", StationKind.TEACHER_LED, null, 4,
            "Ratio tables with the teacher");
    private static final Station PAIRS = new Station("pairs", "Pair problems", StationKind.COLLABORATIVE, null, 4, "");
    private static final Station LAPTOPS = new Station("laptops", "Laptops", StationKind.DIGITAL,
            URI.create("https://example.org/ratios"), 4, "Practice set 3");
    private static final Station SOLO = new Station("solo", "Independent work", StationKind.INDEPENDENT, null, 8, "");

    private static StudentId id(String value) {
        return StudentId.of(value);
    }

    @Test
    void putsTheNeediestGroupAtTheTeacherStation() {
        var grouping = Groupings.skill(Classes.eight().build());
        // The teacher-led station is listed last: order in the rotation does not matter.
        var agenda = Agendas.plan(grouping, new Rotation(2, 15, List.of(PAIRS, TEACHER)));

        assertThat(grouping.interventionGroup().orElseThrow().number()).isEqualTo(1);
        assertThat(agenda.groupStations().get(0)).containsEntry(1, "teacher").containsEntry(2, "pairs");
        assertThat(agenda.groupStations().get(1)).containsEntry(1, "pairs").containsEntry(2, "teacher");
        assertThat(agenda.whereIs(id("ana"), 1).now()).isEqualTo(TEACHER);
    }

    @Test
    void everyGroupVisitsEveryStationWhenThereAreAsManyRounds() {
        var grouping = Groupings.mixed(Classes.eight().constraints(GroupingConstraints.groups(3)).build());
        var agenda = Agendas.plan(grouping, new Rotation(3, 20, List.of(TEACHER, PAIRS, LAPTOPS)));

        for (var group : grouping.groups()) {
            var visited = agenda.groupStations().stream().map(round -> round.get(group.number())).distinct().count();
            assertThat(visited).as("group %d", group.number()).isEqualTo(3);
        }
    }

    @Test
    void masteredStudentsDoExtensionWorkInsteadOfTheTeacherStation() {
        var grouping = Groupings.skill(Classes.eight().build());
        var agenda = Agendas.plan(grouping, new Rotation(2, 15, List.of(TEACHER, SOLO)));

        // Group 2 (eli, fay, gus, hal) is at the teacher in round 2; fay, gus and hal have mastered both standards.
        assertThat(agenda.occupants(2, "teacher")).containsExactly(id("eli"));
        assertThat(agenda.whereIs(id("hal"), 2).now()).isEqualTo(SOLO);
        assertThat(agenda.whereIs(id("hal"), 2).role()).isEqualTo(StudentRole.EXTENSION);
        assertThat(agenda.conflicts()).isEmpty();
    }

    @Test
    void peerTutorsGoToTheCollaborativeStationInsteadOfTheTeacher() {
        var grouping = Groupings.mixed(Classes.eight().build());
        var agenda = Agendas.plan(grouping, new Rotation(2, 15, List.of(TEACHER, SOLO, PAIRS)));

        for (String tutor : List.of("fay", "gus", "hal")) {
            for (int round = 1; round <= 2; round++) {
                assertThat(agenda.whereIs(id(tutor), round).now().kind()).isNotEqualTo(StationKind.TEACHER_LED);
            }
        }
    }

    @Test
    void reportsAMasteredStudentWhoHasNowhereElseToGo() {
        var grouping = Groupings.skill(Classes.eight().build());
        var full = Station.of("full", StationKind.INDEPENDENT, 4);
        var agenda = Agendas.plan(grouping, new Rotation(2, 15, List.of(TEACHER, full)));

        assertThat(agenda.conflicts()).extracting(c -> c.student().value()).containsExactly("fay", "gus", "hal");
        assertThat(agenda.conflicts().get(0).message().english()).contains("no station has room for extension work in round 2");
        assertThat(agenda.conflicts().get(0).message().in(Messages.SPANISH)).isEqualTo("ninguna estación tiene sitio para "
                + "trabajo de ampliación en la ronda 2, así que el estudiante se queda en la estación con el docente");
    }

    @Test
    void followsAStudentsOwnAgenda() {
        var grouping = Groupings.skill(Classes.eight().build());
        var agenda = Agendas.plan(grouping, new Rotation(2, 15, List.of(TEACHER, PAIRS, SOLO)),
                Map.of(id("dev"), List.of("solo", "solo")));

        assertThat(agenda.studentStations().get(id("dev"))).containsExactly("solo", "solo");
        assertThat(agenda.conflicts()).isEmpty();
    }

    @Test
    void reportsAnOwnAgendaThatWouldOverfillAStation() {
        var grouping = Groupings.skill(Classes.eight().build());
        var agenda = Agendas.plan(grouping, new Rotation(2, 15, List.of(TEACHER, PAIRS, SOLO)),
                Map.of(id("eli"), List.of("teacher", "teacher")));

        // Round 1: the teacher table holds group 1 (4 of 4), so eli stays with group 2 at the pairs station.
        assertThat(agenda.studentStations().get(id("eli"))).containsExactly("pairs", "teacher");
        assertThat(agenda.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.round()).isEqualTo(1);
            assertThat(c.stationId()).isEqualTo("teacher");
            assertThat(c.message().english()).isEqualTo("station Teacher table is full in round 1 (4 of 4), so the student "
                    + "stays at Pair problems");
            assertThat(c.message().in(Messages.SPANISH)).isEqualTo("la estación Teacher table está llena en la ronda 1 "
                    + "(4 de 4), así que el estudiante se queda en Pair problems");
        });
    }

    @Test
    void rejectsAnOwnAgendaNamingAStationNotInPlay() {
        var grouping = Groupings.skill(Classes.eight().build());
        var rejected = catchThrowableOfType(RotationRejected.class, () -> Agendas.plan(grouping,
                new Rotation(2, 15, List.of(TEACHER, PAIRS)), Map.of(id("eli"), List.of("teacher", "garden"))));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.breaches()).singleElement().satisfies(b -> {
            assertThat(b.constraint()).isEqualTo(Breach.Constraint.AGENDA_OVERRIDE);
            assertThat(b.stations()).containsExactly("garden");
        });
    }

    @Test
    void rejectsZeroRounds() {
        var rejected = catchThrowableOfType(RotationRejected.class, () -> new Rotation(0, 15, List.of(TEACHER)));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.breaches()).extracting(Breach::constraint).containsExactly(Breach.Constraint.ROUNDS);
    }

    @Test
    void rejectsMoreStudentsThanTheStationsHoldNamingTheStations() {
        var grouping = Groupings.skill(Classes.eight().constraints(GroupingConstraints.groups(4)).build());

        var rejected = catchThrowableOfType(RotationRejected.class,
                () -> Agendas.plan(grouping, new Rotation(2, 15, List.of(TEACHER, Station.of("corner", StationKind.INDEPENDENT, 3)))));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.breaches()).first().satisfies(b -> {
            assertThat(b.constraint()).isEqualTo(Breach.Constraint.STATION_CAPACITY);
            assertThat(b.stations()).containsExactly("teacher", "corner");
            assertThat(b.message()).isEqualTo("8 present students but the stations in play hold 7 in a round");
        });
    }

    @Test
    void aTeacherReadingSpanishReadsEveryReasonTheStationsCannotHoldTheClassInSpanish() {
        var grouping = Groupings.skill(Classes.eight().constraints(GroupingConstraints.groups(1)).build());

        var rejected = catchThrowableOfType(RotationRejected.class, () -> Agendas.plan(grouping,
                new Rotation(1, 15, List.of(TEACHER, Station.of("corner", StationKind.INDEPENDENT, 3)))));

        assertThat(rejected.getMessage()).isEqualTo("8 present students but the stations in play hold 7 in a round; "
                + "group 1 has 8 students but the largest station holds 4");
        Problem spanish = rejected.problem().in(Messages.SPANISH);
        assertThat(spanish.title()).isEqualTo("No se pueden cumplir todas las restricciones de la rotación");
        assertThat(spanish.detail()).isEqualTo("hay 8 estudiantes presentes, pero en las estaciones en juego caben 7 "
                + "por ronda; el grupo 1 tiene 8 estudiantes, pero en la estación más grande caben 4");
        assertThat(spanish.extensionMembers()).containsKey("errors");
    }

    @Test
    void rejectsAGroupLargerThanEveryStation() {
        var grouping = Groupings.skill(Classes.eight().constraints(GroupingConstraints.groups(1)).build());

        var rejected = catchThrowableOfType(RotationRejected.class,
                () -> Agendas.plan(grouping, new Rotation(1, 15, List.of(TEACHER, PAIRS))));

        assertThat(rejected.breaches()).singleElement()
                .satisfies(b -> assertThat(b.message()).isEqualTo("group 1 has 8 students but the largest station holds 4"));
    }

    @Test
    void sharesAStationBetweenGroupsWithinItsCapacity() {
        var grouping = Groupings.mixed(Classes.eight().constraints(GroupingConstraints.groups(4)).build());
        var big = Station.of("big", StationKind.INDEPENDENT, 6);
        var agenda = Agendas.plan(grouping, new Rotation(2, 15, List.of(Station.of("t", StationKind.TEACHER_LED, 2), big)));

        for (int round = 1; round <= 2; round++) {
            assertThat(agenda.occupants(round, "big").size()).isLessThanOrEqualTo(6);
            assertThat(agenda.occupants(round, "t").size()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void tellsAStudentWhereTheyAreNowAndNext() {
        var grouping = Groupings.skill(Classes.eight().build());
        var agenda = Agendas.plan(grouping, new Rotation(2, 15, List.of(TEACHER, LAPTOPS)));

        var first = agenda.whereIs(id("ana"), 1);
        assertThat(first.now()).isEqualTo(TEACHER);
        assertThat(first.next()).contains(LAPTOPS);
        assertThat(first.startsAtMinute()).isZero();
        assertThat(first.role()).isEqualTo(StudentRole.INTERVENTION);
        var last = agenda.whereIs(id("ana"), 2);
        assertThat(last.now()).isEqualTo(LAPTOPS);
        assertThat(last.now().optionalLink()).contains(URI.create("https://example.org/ratios"));
        assertThat(last.next()).isEmpty();
        assertThat(last.startsAtMinute()).isEqualTo(15);
    }

    @Test
    void refusesARoundOutsideTheRotation() {
        var agenda = Agendas.plan(Groupings.skill(Classes.eight().build()), new Rotation(2, 15, List.of(TEACHER, LAPTOPS)));

        assertThat(catchThrowableOfType(RotationRejected.class, () -> agenda.whereIs(id("ana"), 3)).status())
                .isEqualTo(400);
    }
}
