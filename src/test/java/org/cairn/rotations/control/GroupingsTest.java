package org.cairn.rotations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.i18n.Messages;
import org.cairn.rotations.entity.Breach;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.MissingEvidence;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.StudentRole;
import org.junit.jupiter.api.Test;

class GroupingsTest {

    private static List<StudentId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(StudentId::of).toList();
    }

    @Test
    void skillGroupsPutSimilarLevelsTogetherNeediestFirst() {
        var grouping = Groupings.skill(Classes.eight().build());

        assertThat(grouping.memberLists()).containsExactly(ids("ana", "ben", "cai", "dev"),
                ids("eli", "fay", "gus", "hal"));
        assertThat(grouping.groups().get(0).intervention()).isTrue();
        assertThat(grouping.groups().get(1).intervention()).isFalse();
        assertThat(grouping.relaxedGoals()).isEmpty();
    }

    @Test
    void mixedGroupsSpanLevelsWithAStudentAtMasteryInEach() {
        var request = Classes.eight().build();
        var grouping = Groupings.mixed(request);

        for (var group : grouping.groups()) {
            assertThat(group.members()).anyMatch(id -> grouping.roleOf(id) == StudentRole.PEER_TUTOR);
            assertThat(group.members()).anyMatch(id -> List.of("ana", "ben", "cai").contains(id.value()));
        }
        var quality = QualityMeasures.measure("mixed", grouping.memberLists(), request);
        assertThat(quality.sdOfGroupMeans()).isLessThan(0.1);
    }

    @Test
    void keepsApartPairInDifferentGroups() {
        var grouping = Groupings.skill(Classes.eight()
                .constraints(GroupingConstraints.groups(2).keepApart("ana", "ben")).build());

        assertThat(grouping.groupOf(StudentId.of("ana"))).isNotEqualTo(grouping.groupOf(StudentId.of("ben")));
        assertThat(grouping.relaxedGoals()).extracting(Phrase::english)
                .anyMatch(goal -> goal.startsWith("Groups are less alike in level"));
    }

    @Test
    void keepsTogetherSetInOneGroup() {
        var grouping = Groupings.skill(Classes.eight()
                .constraints(GroupingConstraints.groups(2).keepTogether("ana", "hal")).build());

        assertThat(grouping.groupOf(StudentId.of("ana"))).isEqualTo(grouping.groupOf(StudentId.of("hal")));
        assertThat(grouping.groups()).allMatch(g -> g.size() == 4);
    }

    @Test
    void rejectsContradictoryConstraintsNamingThePair() {
        var request = Classes.eight().constraints(GroupingConstraints.groups(2)
                .keepTogether("ana", "ben").keepTogether("ben", "cai").keepApart("ana", "cai")).build();

        var rejected = catchThrowableOfType(RotationRejected.class, () -> Groupings.skill(request));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.constraint()).isEqualTo(Breach.Constraint.CONTRADICTION);
            assertThat(breach.students()).containsExactly(StudentId.of("ana"), StudentId.of("cai"));
            assertThat(breach.message()).contains("Ana and Cai must be kept apart");
        });
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) rejected.problem().extensions().get("errors");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("constraint", "CONTRADICTION");
            assertThat(e).containsEntry("students", List.of("ana", "cai"));
        });
    }

    @Test
    void rejectsKeepTogetherLargerThanTheMaximumSize() {
        var request = Classes.eight().constraints(GroupingConstraints.sizes(2, 3).keepTogether("ana", "ben", "cai", "dev"))
                .build();

        var rejected = catchThrowableOfType(RotationRejected.class, () -> Groupings.mixed(request));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.breaches()).anySatisfy(b -> {
            assertThat(b.constraint()).isEqualTo(Breach.Constraint.KEEP_TOGETHER);
            assertThat(b.students()).containsExactlyElementsOf(ids("ana", "ben", "cai", "dev"));
        });
    }

    @Test
    void rejectsMoreGroupsThanPresentStudents() {
        var rejected = catchThrowableOfType(RotationRejected.class,
                () -> Groupings.skill(Classes.eight().constraints(GroupingConstraints.groups(9)).build()));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.breaches()).extracting(Breach::constraint).containsExactly(Breach.Constraint.GROUP_COUNT);
        assertThat(rejected.getMessage()).isEqualTo("9 groups were asked for but only 8 students are present");
    }

    @Test
    void oneStudentPresentIsOneStudentInEitherLanguage() {
        var rejected = catchThrowableOfType(RotationRejected.class, () -> Groupings.skill(GroupingRequest
                .of(List.of(Student.present("ana", "Ana")), List.of(Classes.RP3))
                .constraints(GroupingConstraints.groups(2)).build()));

        assertThat(rejected.getMessage()).isEqualTo("2 groups were asked for but only 1 student is present");
        assertThat(rejected.problem().in(Messages.SPANISH).detail())
                .isEqualTo("se pidieron 2 grupos, pero solo hay 1 estudiante presente");
    }

    @Test
    void rejectsMoreStudentsToKeepApartThanGroups() {
        var rejected = catchThrowableOfType(RotationRejected.class, () -> Groupings.skill(Classes.eight()
                .constraints(GroupingConstraints.groups(2).keepApart("ana", "ben", "cai")).build()));

        assertThat(rejected.breaches()).singleElement()
                .satisfies(b -> assertThat(b.constraint()).isEqualTo(Breach.Constraint.KEEP_APART));
    }

    @Test
    void aTeacherReadingSpanishLearnsInSpanishWhoCannotBeKeptApart() {
        var rejected = catchThrowableOfType(RotationRejected.class, () -> Groupings.skill(Classes.eight()
                .constraints(GroupingConstraints.groups(2).keepApart("ana", "ben", "cai")).build()));

        assertThat(rejected.getMessage()).isEqualTo("3 students must be kept apart (Ana, Ben, Cai) but there are only 2 groups");
        assertThat(rejected.problem().extensionMembers().get("errors").toString()).contains("message=" + rejected.getMessage());
        var spanish = rejected.problem().in(Messages.SPANISH);
        assertThat(spanish.title()).isEqualTo("No se pueden cumplir todas las restricciones de la rotación");
        assertThat(spanish.detail()).isEqualTo("3 estudiantes deben estar separados (Ana, Ben, Cai), pero solo hay 2 grupos");
        // The entry the teacher's page lists under the form, in the same language.
        assertThat(spanish.extensionMembers().get("errors").toString()).contains("message=" + spanish.detail());
    }

    @Test
    void rejectsSizesThatCannotSplitTheClass() {
        var rejected = catchThrowableOfType(RotationRejected.class,
                () -> Groupings.skill(Classes.eight().constraints(GroupingConstraints.sizes(5, 7)).build()));

        assertThat(rejected.breaches()).extracting(Breach::constraint).containsExactly(Breach.Constraint.GROUP_SIZE);
        assertThat(rejected.getMessage()).isEqualTo("8 present students cannot be split into groups of 5 to 7");
    }

    @Test
    void rejectsBothAGroupCountAndSizesAsABadRequest() {
        var request = Classes.eight().constraints(new GroupingConstraints(2, 3, 4, List.of(), List.of())).build();

        assertThatThrownBy(() -> Groupings.skill(request)).isInstanceOfSatisfying(RotationRejected.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void rejectsUnknownStudentsInConstraints() {
        var rejected = catchThrowableOfType(RotationRejected.class, () -> Groupings.skill(Classes.eight()
                .constraints(GroupingConstraints.groups(2).keepApart("ana", "zoe")).build()));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.breaches()).singleElement().satisfies(b -> assertThat(b.students()).containsExactly(StudentId.of("zoe")));
    }

    @Test
    void rejectsLevelsThatAreNotOnTheScale() {
        var rejected = catchThrowableOfType(RotationRejected.class,
                () -> Groupings.skill(Classes.eight().level("ana", "rp3", 7).build()));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.getMessage()).contains("Ana", "6.RP.3", "7 points");
    }

    @Test
    void leavesAbsentStudentsOutAndLetsTheirConstraintsBindTheOthers() {
        var students = new ArrayList<>(Classes.eight().build().students());
        students.set(0, Student.absent("ana", "Ana"));
        var request = new GroupingRequest(students, List.of(Classes.RP3, Classes.RP2), Classes.eight().build().scale(),
                Classes.eight().build().levels(), GroupingConstraints.groups(2).keepTogether("ana", "ben", "hal")
                        .keepApart("ana", "cai"), MissingEvidence.COUNT_AS_LOWEST);

        var grouping = Groupings.skill(request);

        assertThat(grouping.groupOf(StudentId.of("ana"))).isEmpty();
        assertThat(grouping.groups().stream().mapToInt(g -> g.size()).sum()).isEqualTo(7);
        assertThat(grouping.groupOf(StudentId.of("ben"))).isEqualTo(grouping.groupOf(StudentId.of("hal")));
    }

    @Test
    void countsMissingEvidenceAsTheLowestLevelAndSaysSo() {
        var request = Classes.eight().level("dev", "rp2", 2).build();
        var levels = new java.util.TreeMap<>(request.levels());
        levels.put(StudentId.of("hal"), Map.of("rp3", 4));
        var grouping = Groupings.skill(new GroupingRequest(request.students(), request.standards(), request.scale(),
                levels, request.constraints(), MissingEvidence.COUNT_AS_LOWEST));

        assertThat(grouping.explanations().get(StudentId.of("hal")).text())
                .isEqualTo("Advanced on 6.RP.3; no evidence on 6.RP.2 (counted as Beginning); "
                        + "grouped with students at similar levels (group 2)");
        assertThat(grouping.roleOf(StudentId.of("hal"))).isEqualTo(StudentRole.PRACTICE);
    }

    @Test
    void explainsInterventionInLevelLabelsAndStandardCodes() {
        var grouping = Groupings.skill(Classes.eight().build());

        assertThat(grouping.explanations().get(StudentId.of("dev")).text())
                .isEqualTo("Developing on 6.RP.3 and 6.RP.2; grouped for intervention");
        assertThat(grouping.explanations().get(StudentId.of("ben")).text())
                .isEqualTo("Beginning on 6.RP.2; Developing on 6.RP.3; grouped for intervention");
        assertThat(grouping.roleOf(StudentId.of("dev"))).isEqualTo(StudentRole.INTERVENTION);
    }

    @Test
    void masteredStudentsBecomePeerTutors() {
        var grouping = Groupings.mixed(Classes.eight().build());

        assertThat(grouping.roleOf(StudentId.of("fay"))).isEqualTo(StudentRole.PEER_TUTOR);
        assertThat(grouping.explanations().get(StudentId.of("fay")).text())
                .isEqualTo("Proficient on 6.RP.3 and 6.RP.2: peer tutor in a mixed group");
    }

    @Test
    void masteredStudentsInSkillGroupsDoExtensionWork() {
        var grouping = Groupings.skill(Classes.eight().build());

        assertThat(grouping.roleOf(StudentId.of("hal"))).isEqualTo(StudentRole.EXTENSION);
        assertThat(grouping.explanations().get(StudentId.of("hal")).text())
                .isEqualTo("Advanced on 6.RP.3 and 6.RP.2: extension work with students at similar levels (group 2)");
    }

    @Test
    void reportsMixedGroupsThatCouldNotGetAStudentAtMastery() {
        var grouping = Groupings.mixed(Classes.eight().constraints(GroupingConstraints.groups(4)).build());

        // fay, gus and hal are at mastery on both standards: three of four groups get one.
        assertThat(grouping.relaxedGoals()).singleElement().extracting(Phrase::english).asString()
                .matches("Could not put a student at mastery in group \\d: only 3 students are at mastery on every "
                        + "target standard");
        assertThat(grouping.relaxedGoals()).singleElement().extracting(p -> p.in(Messages.SPANISH)).asString()
                .matches("No se pudo poner a un estudiante con dominio en el grupo \\d: solo 3 estudiantes tienen "
                        + "dominio en todos los estándares objetivo");
    }

    @Test
    void widensGroupSizesOnlyWhenKeepTogetherLeavesNoEvenSplit() {
        var grouping = Groupings.skill(Classes.eight().constraints(GroupingConstraints.groups(2)
                .keepTogether("ana", "ben", "cai").keepTogether("cai", "dev", "eli")).build());

        assertThat(grouping.groups()).extracting(g -> g.size()).containsExactlyInAnyOrder(3, 5);
        assertThat(grouping.relaxedGoals()).extracting(Phrase::english)
                .anyMatch(goal -> goal.startsWith("Groups differ in size by more than one"));
    }

    @Test
    void givesTheSameGroupsWhateverTheOrderOfTheStudents() {
        var request = Classes.eight().build();
        var reversed = new ArrayList<>(request.students());
        java.util.Collections.reverse(reversed);
        var other = new GroupingRequest(reversed, request.standards(), request.scale(), request.levels(),
                request.constraints(), request.missingEvidence());

        assertThat(Groupings.mixed(other)).isEqualTo(Groupings.mixed(request));
    }
}
