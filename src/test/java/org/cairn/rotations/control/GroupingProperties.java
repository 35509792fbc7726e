package org.cairn.rotations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.cairn.rotations.entity.Agenda;
import org.cairn.rotations.entity.Group;
import org.cairn.rotations.entity.Grouping;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.Rotation;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.Station;
import org.cairn.rotations.entity.StationKind;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.StudentRole;
import org.junit.jupiter.api.Test;

/**
 * Invariants of grouping and agendas over seeded random classes (plain JUnit loops over java.util.Random; the seed
 * of a failing class is in the assertion message, and {@code RandomClasses.feasible(seed)} rebuilds it).
 */
class GroupingProperties {

    private static final int CLASSES = 500;

    @Test
    void everyFeasibleClassIsGroupedWithEveryHardConstraintKept() {
        for (long seed = 1; seed <= CLASSES; seed++) {
            GroupingRequest request = RandomClasses.feasible(seed);
            for (GroupingMethod method : GroupingMethod.values()) {
                String where = "seed " + seed + ", " + method;
                Grouping grouping;
                try {
                    grouping = Groupings.group(request, method);
                } catch (RotationRejected e) {
                    throw new AssertionError(where + ": a feasible class was rejected: " + e.getMessage(), e);
                }
                assertHardConstraints(request, grouping, where);
            }
        }
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameGroups() {
        for (long seed = 1; seed <= CLASSES; seed++) {
            GroupingRequest request = RandomClasses.feasible(seed);
            var students = new ArrayList<>(request.students());
            Collections.shuffle(students, new Random(seed * 31));
            var reordered = new GroupingRequest(students, request.standards(), request.scale(), request.levels(),
                    request.constraints(), request.missingEvidence());
            for (GroupingMethod method : GroupingMethod.values()) {
                var first = Groupings.group(request, method);
                assertThat(Groupings.group(request, method)).as("seed %d, %s: same input twice", seed, method)
                        .isEqualTo(first);
                assertThat(Groupings.group(reordered, method).memberLists())
                        .as("seed %d, %s: students listed in another order", seed, method)
                        .isEqualTo(first.memberLists());
            }
        }
    }

    @Test
    void arbitraryConstraintsAreEitherKeptOrRejectedWithTheBreachNamed() {
        int rejected = 0;
        for (long seed = 1; seed <= CLASSES; seed++) {
            GroupingRequest request = RandomClasses.arbitrary(new Random(seed));
            for (GroupingMethod method : GroupingMethod.values()) {
                String where = "seed " + seed + ", " + method;
                try {
                    assertHardConstraints(request, Groupings.group(request, method), where);
                } catch (RotationRejected e) {
                    rejected++;
                    assertThat(e.status()).as(where).isIn(400, 422);
                    assertThat(e.breaches()).as(where).isNotEmpty();
                    assertThat(e.problem().extensions()).as(where).containsKey("errors");
                }
            }
        }
        assertThat(rejected).as("some arbitrary constraints cannot be met").isPositive();
    }

    @Test
    void agendasNeverOverfillAStationAndGiveEveryStudentOneStationPerRound() {
        for (long seed = 1; seed <= CLASSES; seed++) {
            Random rnd = new Random(seed);
            GroupingRequest request = RandomClasses.feasible(rnd, 5, 40);
            GroupingMethod method = rnd.nextBoolean() ? GroupingMethod.SKILL : GroupingMethod.MIXED;
            Grouping grouping = Groupings.group(request, method);
            Rotation rotation = randomRotation(rnd, grouping);
            String where = "seed " + seed + ", " + method;
            Agenda agenda = Agendas.plan(grouping, rotation, randomOverride(rnd, grouping, rotation));
            assertAgenda(grouping, rotation, agenda, where);
        }
    }

    @Test
    void skillGroupingWithoutKeepConstraintsFindsTheOptimalSplit() {
        for (long seed = 1; seed <= CLASSES; seed++) {
            Random rnd = new Random(seed);
            GroupingRequest base = RandomClasses.feasible(rnd, 4, 9);
            int present = (int) base.students().stream().filter(Student::present).count();
            int k = Math.min(present, 2 + rnd.nextInt(2));
            GroupingRequest request = base.with(org.cairn.rotations.entity.GroupingConstraints.groups(k));
            List<StudentProfile> profiles = StudentProfiles.of(request);
            double[] need = profiles.stream().mapToDouble(StudentProfile::need).toArray();
            Map<StudentId, Integer> index = new HashMap<>();
            for (int i = 0; i < profiles.size(); i++) {
                index.put(profiles.get(i).student().id(), i);
            }
            var grouping = Groupings.skill(request);
            double ours = 0;
            for (Group g : grouping.groups()) {
                ours += squares(g.members().stream().mapToDouble(id -> need[index.get(id)]).toArray());
            }
            assertThat(ours).as("seed %d: within-group squares vs brute force", seed)
                    .isLessThanOrEqualTo(bruteForce(need, k, present / k, (present + k - 1) / k) + 1e-9);
        }
    }

    @Test
    void mixedGroupsEachGetAStudentAtMasteryWhenThereAreEnough() {
        int checked = 0;
        for (long seed = 1; seed <= CLASSES; seed++) {
            GroupingRequest base = RandomClasses.feasible(seed);
            long atMastery = StudentProfiles.of(base).stream().filter(StudentProfile::masteredAll).count();
            int present = (int) base.students().stream().filter(Student::present).count();
            int k = (int) Math.min(atMastery, Math.min(present, 6));
            if (k < 2) {
                continue;
            }
            checked++;
            var grouping = Groupings.mixed(base.with(org.cairn.rotations.entity.GroupingConstraints.groups(k)));
            for (Group g : grouping.groups()) {
                assertThat(g.members()).as("seed %d: group %d has a peer tutor", seed, g.number())
                        .anyMatch(id -> grouping.roleOf(id) == StudentRole.PEER_TUTOR);
            }
            assertThat(grouping.relaxedGoals()).as("seed %d", seed).isEmpty();
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static double squares(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        return java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    }

    /** The least within-group squares over every assignment of students to k groups with sizes in [min, max]. */
    private static double bruteForce(double[] need, int k, int min, int max) {
        int n = need.length;
        int[] label = new int[n];
        double best = Double.POSITIVE_INFINITY;
        int total = (int) Math.pow(k, n);
        for (int code = 0; code < total; code++) {
            int c = code;
            int[] size = new int[k];
            for (int i = 0; i < n; i++) {
                label[i] = c % k;
                c /= k;
                size[label[i]]++;
            }
            boolean ok = true;
            for (int g = 0; g < k; g++) {
                ok &= size[g] >= min && size[g] <= max;
            }
            if (!ok) {
                continue;
            }
            double sum = 0;
            for (int g = 0; g < k; g++) {
                int group = g;
                sum += squares(java.util.stream.IntStream.range(0, n).filter(i -> label[i] == group)
                        .mapToDouble(i -> need[i]).toArray());
            }
            best = Math.min(best, sum);
        }
        return best;
    }

    static Rotation randomRotation(Random rnd, Grouping grouping) {
        int students = grouping.groups().stream().mapToInt(Group::size).sum();
        int largest = grouping.groups().stream().mapToInt(Group::size).max().orElseThrow();
        int count = 2 + rnd.nextInt(4);
        var stations = new ArrayList<Station>();
        StationKind[] kinds = StationKind.values();
        for (int i = 0; i < count; i++) {
            int capacity = largest + rnd.nextInt(largest + 2);
            StationKind kind = i == 0 ? StationKind.TEACHER_LED : kinds[1 + rnd.nextInt(kinds.length - 1)];
            stations.add(new Station("st" + i, "Station " + i, kind,
                    kind == StationKind.DIGITAL ? URI.create("https://example.org/practice") : null, capacity, ""));
        }
        // First-fit decreasing: the groups that do not fit get a station of their own, so a schedule exists.
        int[] room = stations.stream().mapToInt(Station::capacity).toArray();
        int unplaced = 0;
        for (int size : grouping.groups().stream().map(Group::size).sorted(Collections.reverseOrder()).toList()) {
            boolean placed = false;
            for (int i = 0; i < room.length && !placed; i++) {
                if (room[i] >= size) {
                    room[i] -= size;
                    placed = true;
                }
            }
            unplaced += placed ? 0 : size;
        }
        if (unplaced > 0) {
            stations.add(Station.of("overflow", StationKind.INDEPENDENT, unplaced));
        }
        return new Rotation(1 + rnd.nextInt(5), 10 + rnd.nextInt(20), stations);
    }

    static Map<StudentId, List<String>> randomOverride(Random rnd, Grouping grouping, Rotation rotation) {
        if (rnd.nextBoolean()) {
            return Map.of();
        }
        var members = grouping.groups().get(rnd.nextInt(grouping.groups().size())).members();
        var student = members.get(rnd.nextInt(members.size()));
        var sequence = new ArrayList<String>();
        for (int r = 0; r < rotation.rounds(); r++) {
            sequence.add(rotation.stations().get(rnd.nextInt(rotation.stations().size())).id());
        }
        return Map.of(student, sequence);
    }

    static void assertAgenda(Grouping grouping, Rotation rotation, Agenda agenda, String where) {
        var present = new TreeSet<StudentId>();
        grouping.groups().forEach(g -> present.addAll(g.members()));
        assertThat(agenda.studentStations().keySet()).as(where).containsExactlyElementsOf(present);
        for (int r = 1; r <= rotation.rounds(); r++) {
            for (Station s : rotation.stations()) {
                assertThat(agenda.occupants(r, s.id()).size()).as("%s: round %d, station %s", where, r, s.id())
                        .isLessThanOrEqualTo(s.capacity());
            }
        }
        for (StudentId student : present) {
            assertThat(agenda.studentStations().get(student)).as(where).hasSize(rotation.rounds());
            StudentRole role = grouping.roleOf(student);
            if (role == StudentRole.EXTENSION || role == StudentRole.PEER_TUTOR) {
                for (int r = 1; r <= rotation.rounds(); r++) {
                    int round = r;
                    boolean atTeacher = agenda.whereIs(student, r).now().kind() == StationKind.TEACHER_LED;
                    boolean explained = agenda.conflicts().stream()
                            .anyMatch(c -> c.student().equals(student) && c.round() == round);
                    boolean ownAgenda = false;
                    if (atTeacher && !explained) {
                        ownAgenda = true; // only an override may put them there
                    }
                    if (ownAgenda) {
                        assertThat(agenda.studentStations().get(student).get(r - 1)).as(where).isNotNull();
                    }
                }
            }
        }
        grouping.interventionGroup().ifPresent(g -> {
            var teacher = rotation.stations().stream().filter(s -> s.kind() == StationKind.TEACHER_LED).findFirst();
            boolean explained = agenda.notes().stream().anyMatch(n -> n.english().contains("intervention group"));
            if (teacher.isPresent() && teacher.get().capacity() >= g.size() && !explained) {
                assertThat(agenda.groupStations().get(0).get(g.number())).as("%s: intervention group first", where)
                        .isEqualTo(teacher.get().id());
            }
        });
    }

    static void assertHardConstraints(GroupingRequest request, Grouping grouping, String where) {
        var present = new TreeSet<StudentId>();
        request.students().stream().filter(Student::present).forEach(s -> present.add(s.id()));
        Map<StudentId, Integer> groupOf = new HashMap<>();
        for (Group g : grouping.groups()) {
            assertThat(g.members()).as("%s: group %d is empty", where, g.number()).isNotEmpty();
            for (StudentId id : g.members()) {
                if (groupOf.put(id, g.number()) != null) {
                    fail(where + ": " + id + " is in two groups");
                }
            }
        }
        assertThat(groupOf.keySet()).as("%s: every present student and no one else", where)
                .containsExactlyInAnyOrderElementsOf(present);
        var c = request.constraints();
        for (Set<StudentId> set : c.keepApart()) {
            var inGroups = set.stream().filter(present::contains).map(groupOf::get).toList();
            assertThat(inGroups).as("%s: keep apart %s", where, set).doesNotHaveDuplicates();
        }
        for (Set<StudentId> set : c.keepTogether()) {
            var inGroups = set.stream().filter(present::contains).map(groupOf::get).distinct().toList();
            assertThat(inGroups.size()).as("%s: keep together %s", where, set).isLessThanOrEqualTo(1);
        }
        var sizes = grouping.groups().stream().map(Group::size).toList();
        if (c.groupCount() != null) {
            assertThat(grouping.groups()).as("%s: group count", where).hasSize(c.groupCount());
            if (grouping.relaxedGoals().stream().noneMatch(s -> s.english().startsWith("Groups differ in size"))) {
                assertThat(Collections.max(sizes) - Collections.min(sizes)).as("%s: sizes %s", where, sizes)
                        .isLessThanOrEqualTo(1);
            }
        } else {
            assertThat(sizes).as("%s: sizes within %d..%d", where, c.minSize(), c.maxSize())
                    .allMatch(s -> s >= c.minSize() && s <= c.maxSize());
        }
        assertThat(sizes).as(where).allMatch(s -> s >= grouping.minSize() && s <= grouping.maxSize());
        assertThat(grouping.explanations().keySet()).as("%s: an explanation each", where)
                .containsExactlyInAnyOrderElementsOf(present);
    }
}
