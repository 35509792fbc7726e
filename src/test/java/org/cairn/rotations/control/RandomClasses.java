package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.MissingEvidence;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.TargetStandard;

/**
 * Random classes for property tests, made from a seed. Feasible ones are built around a hidden grouping that meets
 * every constraint (keep-together sets inside one hidden group, keep-apart sets across hidden groups), so a
 * solution is known to exist.
 */
final class RandomClasses {

    static final List<TargetStandard> STANDARDS = List.of(new TargetStandard("rp1", "6.RP.1"),
            new TargetStandard("rp2", "6.RP.2"), new TargetStandard("rp3", "6.RP.3"));

    private RandomClasses() {
    }

    static GroupingRequest feasible(long seed) {
        return feasible(new Random(seed), 5, 40);
    }

    static GroupingRequest feasible(Random rnd, int fewest, int most) {
        int n = fewest + rnd.nextInt(most - fewest + 1);
        var students = new ArrayList<Student>();
        for (int i = 0; i < n; i++) {
            String id = String.format("s%03d", i);
            boolean present = i < 2 || rnd.nextInt(10) > 0;
            students.add(new Student(StudentId.of(id), "Student " + i, present));
        }
        Collections.shuffle(students, rnd);
        var standards = STANDARDS.subList(0, 1 + rnd.nextInt(STANDARDS.size()));
        var builder = GroupingRequest.of(students, standards)
                .missingEvidence(rnd.nextBoolean() ? MissingEvidence.COUNT_AS_LOWEST : MissingEvidence.LEAVE_OUT);
        for (Student s : students) {
            for (TargetStandard t : standards) {
                if (rnd.nextInt(100) >= 15) {
                    builder.level(s.id().value(), t.id(), 1 + rnd.nextInt(4));
                }
            }
        }
        List<StudentId> present = new ArrayList<>(students.stream().filter(Student::present).map(Student::id).toList());
        List<StudentId> absent = students.stream().filter(s -> !s.present()).map(Student::id).toList();
        int p = present.size();
        int k = 1 + rnd.nextInt(Math.min(p, 6));
        Collections.shuffle(present, rnd);
        // The hidden grouping: balanced slices of the shuffled present students.
        var hidden = new ArrayList<List<StudentId>>();
        int from = 0;
        for (int g = 0; g < k; g++) {
            int to = from + p / k + (g < p % k ? 1 : 0);
            hidden.add(present.subList(from, to));
            from = to;
        }
        GroupingConstraints constraints;
        if (rnd.nextBoolean()) {
            constraints = GroupingConstraints.groups(k);
        } else {
            int low = p / k;
            int high = (p + k - 1) / k;
            constraints = GroupingConstraints.sizes(Math.max(1, low - rnd.nextInt(2)), high + rnd.nextInt(2));
        }
        int together = rnd.nextInt(3);
        for (int t = 0; t < together; t++) {
            var group = hidden.get(rnd.nextInt(k));
            if (group.size() < 2) {
                continue;
            }
            Set<StudentId> set = new TreeSet<>(pick(group, 2 + rnd.nextInt(Math.min(2, group.size() - 1)), rnd));
            if (!absent.isEmpty() && rnd.nextInt(4) == 0) {
                set.add(absent.get(rnd.nextInt(absent.size())));
            }
            constraints = constraints.keepTogether(set);
        }
        int apart = k < 2 ? 0 : rnd.nextInt(4);
        for (int a = 0; a < apart; a++) {
            var groups = new ArrayList<>(hidden);
            Collections.shuffle(groups, rnd);
            int size = 2 + rnd.nextInt(Math.min(2, k - 1));
            Set<StudentId> set = new TreeSet<>();
            for (int g = 0; g < size; g++) {
                set.add(groups.get(g).get(rnd.nextInt(groups.get(g).size())));
            }
            if (!absent.isEmpty() && rnd.nextInt(4) == 0) {
                set.add(absent.get(rnd.nextInt(absent.size())));
            }
            constraints = constraints.keepApart(set);
        }
        return builder.constraints(constraints).build();
    }

    /** Constraints drawn without a hidden grouping: some can be met, some cannot. */
    static GroupingRequest arbitrary(Random rnd) {
        GroupingRequest base = feasible(rnd, 5, 25);
        var ids = base.students().stream().map(Student::id).sorted().toList();
        GroupingConstraints c = rnd.nextBoolean() ? GroupingConstraints.groups(1 + rnd.nextInt(8))
                : GroupingConstraints.sizes(1 + rnd.nextInt(5), 1 + rnd.nextInt(8));
        for (int i = rnd.nextInt(4); i > 0; i--) {
            c = c.keepTogether(new TreeSet<>(pick(ids, 2 + rnd.nextInt(3), rnd)));
        }
        for (int i = rnd.nextInt(5); i > 0; i--) {
            c = c.keepApart(new TreeSet<>(pick(ids, 2 + rnd.nextInt(3), rnd)));
        }
        return base.with(c);
    }

    static <T> List<T> pick(List<T> from, int count, Random rnd) {
        var copy = new ArrayList<>(from);
        Collections.shuffle(copy, rnd);
        return copy.subList(0, Math.min(count, copy.size()));
    }
}
