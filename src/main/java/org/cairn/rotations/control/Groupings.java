package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.rotations.entity.Breach;
import org.cairn.rotations.entity.Group;
import org.cairn.rotations.entity.Grouping;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.StudentExplanation;
import org.cairn.rotations.entity.StudentId;

/**
 * Splits the present students of a class into groups, by skill or mixed, under hard constraints (group count or
 * sizes, keep apart, keep together). Pure and deterministic: the same request gives the same groups whatever the
 * order of its lists.
 */
public final class Groupings {

    private Groupings() {
    }

    public static Grouping skill(GroupingRequest request) {
        return group(request, GroupingMethod.SKILL);
    }

    public static Grouping mixed(GroupingRequest request) {
        return group(request, GroupingMethod.MIXED);
    }

    public static Grouping group(GroupingRequest request, GroupingMethod method) {
        List<StudentProfile> profiles = StudentProfiles.of(request);
        var plan = ClassPlan.of(request, profiles);
        var goal = method == GroupingMethod.SKILL ? Packing.Goal.HOMOGENEOUS : Packing.Goal.HETEROGENEOUS;
        for (SizePlan sizes : plan.sizePlans()) {
            var packing = new Packing(plan.units(), plan.conflict(), sizes.k(), sizes.min(), sizes.max(), goal);
            int[] binOf = packing.solve();
            if (binOf != null) {
                return assemble(request, method, plan, sizes, packing, binOf);
            }
        }
        throw RotationRejected.unmet(List.of(plan.unpackable()));
    }

    /**
     * The grouping after a teacher's moves, replayed in order (each: a student to a group number). Explanations and
     * roles are worked out again for the new groups and say the teacher moved the student; the groups keep their
     * numbers and the intervention mark. A move that splits a keep-together set or joins a keep-apart pair is the
     * teacher's call: it is allowed and listed among the relaxed goals, so the teacher sees what it costs.
     */
    public static Grouping adjusted(GroupingRequest request, Grouping base, List<Map.Entry<StudentId, Integer>> moves) {
        if (moves.isEmpty()) {
            return base;
        }
        Map<Integer, List<StudentId>> members = new java.util.TreeMap<>();
        base.groups().forEach(g -> members.put(g.number(), new ArrayList<>(g.members())));
        var moved = new TreeSet<StudentId>();
        for (var move : moves) {
            List<StudentId> target = members.get(move.getValue());
            if (target == null) {
                throw RotationRejected.invalid(Breach.Constraint.GROUP_COUNT, Phrase.of("rotations.problem.noGroup",
                        String.valueOf(move.getValue()), String.valueOf(members.size())));
            }
            if (members.values().stream().noneMatch(list -> list.contains(move.getKey()))) {
                throw RotationRejected.invalid(List.of(new Breach(Breach.Constraint.STUDENTS, List.of(move.getKey()),
                        List.of(), List.of(), Phrase.of("rotations.problem.studentNotInGrouping",
                        move.getKey().value()))));
            }
            members.values().forEach(list -> list.remove(move.getKey()));
            target.add(move.getKey());
            moved.add(move.getKey());
        }
        var groups = base.groups().stream()
                .map(g -> new Group(g.number(), members.get(g.number()), g.intervention())).toList();
        List<StudentProfile> profiles = StudentProfiles.of(request);
        var explanations = new java.util.TreeMap<StudentId, StudentExplanation>();
        Explanations.explain(request, base.method(), profiles, groups).forEach((id, e) -> explanations.put(id,
                moved.contains(id) ? new StudentExplanation(id, e.group(), e.role(), e.levels(), e.noEvidence(),
                        e.text() + "; " + Messages.forLocale(Messages.ENGLISH).get("rotations.explain.moved")) : e));
        var relaxed = new ArrayList<>(base.relaxedGoals());
        Map<StudentId, Student> byId = new HashMap<>();
        request.students().forEach(s -> byId.put(s.id(), s));
        for (Set<StudentId> set : request.constraints().keepApart()) {
            for (Group g : groups) {
                var together = set.stream().filter(g::contains).map(byId::get).toList();
                if (together.size() > 1) {
                    relaxed.add(Phrase.of("rotations.server.relaxed.keepApartBroken", joined(together),
                            String.valueOf(g.number())));
                }
            }
        }
        for (Set<StudentId> set : request.constraints().keepTogether()) {
            var groupsOfSet = set.stream().map(id -> groups.stream().filter(g -> g.contains(id)).findFirst())
                    .flatMap(java.util.Optional::stream).map(Group::number).distinct().sorted().toList();
            if (groupsOfSet.size() > 1) {
                relaxed.add(Phrase.of("rotations.server.relaxed.keepTogetherBroken", joined(set.stream().map(byId::get)
                        .filter(java.util.Objects::nonNull).toList()),
                        and(groupsOfSet.stream().map(String::valueOf).toList())));
            }
        }
        int min = groups.stream().mapToInt(Group::size).min().orElse(0);
        int max = groups.stream().mapToInt(Group::size).max().orElse(0);
        return new Grouping(base.method(), groups, explanations, relaxed, Math.min(min, base.minSize()),
                Math.max(max, base.maxSize()));
    }

    /** The students' names as a list in the reader's language ("Ana and Hal", "Ana y Hal"). */
    private static Object joined(List<Student> students) {
        return and(students.stream().map(Student::displayName).toList());
    }

    /** One item as it is; more joined by commas and the reader's "and" ({@code rotations.list.and}). */
    static Object and(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return Phrase.of("rotations.list.and", String.join(", ", items.subList(0, items.size() - 1)),
                items.get(items.size() - 1));
    }

    private static Grouping assemble(GroupingRequest request, GroupingMethod method, ClassPlan plan, SizePlan sizes,
                                     Packing packing, int[] binOf) {
        List<StudentProfile> profiles = plan.profiles();
        int k = sizes.k();
        List<List<Integer>> members = new ArrayList<>();
        for (int b = 0; b < k; b++) {
            members.add(new ArrayList<>());
        }
        for (Packing.Unit unit : plan.units()) {
            for (int s : unit.students()) {
                members.get(binOf[unit.index()]).add(s);
            }
        }
        members.forEach(list -> list.sort(Integer::compare));
        Comparator<List<Integer>> order = Comparator.comparingInt(list -> list.get(0));
        if (method == GroupingMethod.SKILL) {
            // Group 1 is the neediest: the one the teacher-led station sees first.
            order = Comparator.comparingDouble((List<Integer> list) -> -meanNeed(list, profiles)).thenComparing(order);
        }
        members.sort(order);

        // Kept with the grouping as keys and arguments (flat strings, so they read back equal from its JSON).
        var relaxed = new ArrayList<Phrase>();
        if (sizes.widened()) {
            relaxed.add(Phrase.of("rotations.server.relaxed.sizesWidened", sizesOf(members), String.valueOf(k)));
        }
        boolean anyBelow = members.get(0).stream().anyMatch(s -> !profiles.get(s).masteredAll());
        var groups = new ArrayList<Group>();
        for (int g = 0; g < members.size(); g++) {
            boolean intervention = method == GroupingMethod.SKILL && g == 0 && anyBelow && k > 1;
            groups.add(new Group(g + 1, members.get(g).stream().map(s -> profiles.get(s).student().id()).toList(),
                    intervention));
        }
        if (method == GroupingMethod.SKILL) {
            reportSkillSpread(plan, sizes, binOf, packing, relaxed);
        } else {
            reportMastery(plan, members, packing, relaxed);
        }
        Map<StudentId, StudentExplanation> explanations = Explanations.explain(request, method, profiles, groups);
        return new Grouping(method, groups, explanations, relaxed, sizes.min(), sizes.max());
    }

    private static void reportSkillSpread(ClassPlan plan, SizePlan sizes, int[] binOf, Packing packing,
                                          List<Phrase> relaxed) {
        if (!plan.constrained()) {
            return;
        }
        int n = plan.profiles().size();
        double[] values = plan.profiles().stream().mapToDouble(StudentProfile::need).toArray();
        var free = new Packing(Packing.singles(values, new boolean[n]), new boolean[n][n], sizes.k(), sizes.min(),
                sizes.max(), Packing.Goal.HOMOGENEOUS);
        int[] ideal = free.contiguous();
        if (ideal == null) {
            return;
        }
        double constrained = packing.withinSquares(binOf);
        double best = free.withinSquares(ideal);
        if (constrained > best + 1e-9) {
            relaxed.add(Phrase.of("rotations.server.relaxed.lessAlike",
                    String.format(java.util.Locale.ROOT, "%.2f", Math.sqrt(constrained / n)),
                    String.format(java.util.Locale.ROOT, "%.2f", Math.sqrt(best / n))));
        }
    }

    private static void reportMastery(ClassPlan plan, List<List<Integer>> members, Packing packing,
                                      List<Phrase> relaxed) {
        long atMastery = plan.profiles().stream().filter(StudentProfile::masteredAll).count();
        if (atMastery == 0) {
            relaxed.add(Phrase.of("rotations.server.relaxed.noPeerTutor"));
            return;
        }
        for (int g = 0; g < members.size(); g++) {
            boolean has = members.get(g).stream().anyMatch(s -> plan.profiles().get(s).masteredAll());
            if (!has) {
                String group = String.valueOf(g + 1);
                relaxed.add(atMastery >= members.size()
                        ? Phrase.of("rotations.server.relaxed.noTutorInGroupNoOneToMove", group)
                        : atMastery == 1 ? Phrase.of("rotations.server.relaxed.noTutorInGroupOnlyOne", group)
                        : Phrase.of("rotations.server.relaxed.noTutorInGroupOnlySome", group, String.valueOf(atMastery)));
            }
        }
    }

    private static double meanNeed(List<Integer> students, List<StudentProfile> profiles) {
        return students.stream().mapToDouble(s -> profiles.get(s).need()).average().orElse(0);
    }

    private static String sizesOf(List<List<Integer>> members) {
        return String.join(", ", members.stream().map(m -> String.valueOf(m.size())).toList());
    }

    /** Group count and size bounds to try, in order. {@code widened}: sizes differ by more than one. */
    record SizePlan(int k, int min, int max, boolean widened) {
    }

    /** The validated class: profiles in id order, keep-together units, keep-apart conflicts, size plans. */
    record ClassPlan(List<StudentProfile> profiles, List<Packing.Unit> units, boolean[][] conflict,
                     List<SizePlan> sizePlans, boolean constrained, Breach unpackable) {

        static ClassPlan of(GroupingRequest request, List<StudentProfile> profiles) {
            GroupingConstraints constraints = request.constraints();
            var invalid = new ArrayList<Breach>();
            var unmet = new ArrayList<Breach>();
            Map<StudentId, Student> known = new HashMap<>();
            request.students().forEach(s -> known.put(s.id(), s));
            Map<StudentId, Integer> index = new HashMap<>();
            for (int i = 0; i < profiles.size(); i++) {
                index.put(profiles.get(i).student().id(), i);
            }
            checkSizes(constraints, invalid);
            checkKnown("keep apart", constraints.keepApart(), known, invalid);
            checkKnown("keep together", constraints.keepTogether(), known, invalid);
            if (!invalid.isEmpty()) {
                throw RotationRejected.invalid(invalid);
            }
            int n = profiles.size();
            if (n == 0) {
                throw RotationRejected.unmet(List.of(Breach.of(Breach.Constraint.STUDENTS,
                        Phrase.of("rotations.problem.nobodyPresent"))));
            }

            // Keep-together sets are closed under shared members: each closure becomes one unit.
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (Set<StudentId> set : constraints.keepTogether()) {
                int first = -1;
                for (StudentId id : set) {
                    Integer i = index.get(id);
                    if (i == null) {
                        continue; // absent: the set binds the others
                    }
                    if (first < 0) {
                        first = i;
                    } else {
                        union(parent, first, i);
                    }
                }
            }
            Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
            }
            int[] unitOf = new int[n];
            var units = new ArrayList<Packing.Unit>();
            for (List<Integer> members : byRoot.values()) {
                int u = units.size();
                double s = 0;
                double q = 0;
                int mastered = 0;
                for (int i : members) {
                    unitOf[i] = u;
                    double v = profiles.get(i).need();
                    s += v;
                    q += v * v;
                    mastered += profiles.get(i).masteredAll() ? 1 : 0;
                }
                units.add(new Packing.Unit(u, members.stream().mapToInt(Integer::intValue).toArray(), members.size(),
                        s, q, mastered));
            }
            int m = units.size();
            boolean[][] conflict = new boolean[m][m];
            int largestApart = 0;
            List<Student> largestApartSet = List.of();
            for (Set<StudentId> set : constraints.keepApart()) {
                List<Integer> present = set.stream().map(index::get).filter(java.util.Objects::nonNull).sorted().toList();
                if (present.size() > largestApart) {
                    largestApart = present.size();
                    largestApartSet = present.stream().map(i -> profiles.get(i).student()).toList();
                }
                for (int x = 0; x < present.size(); x++) {
                    for (int y = x + 1; y < present.size(); y++) {
                        int a = present.get(x);
                        int b = present.get(y);
                        if (unitOf[a] == unitOf[b]) {
                            Student sa = profiles.get(a).student();
                            Student sb = profiles.get(b).student();
                            unmet.add(Breach.students(Breach.Constraint.CONTRADICTION, List.of(sa, sb),
                                    Phrase.of("rotations.problem.apartButTogether",
                                            sa.displayName(), sb.displayName())));
                        } else {
                            conflict[unitOf[a]][unitOf[b]] = true;
                            conflict[unitOf[b]][unitOf[a]] = true;
                        }
                    }
                }
            }
            List<SizePlan> plans = sizePlans(constraints, n, units, largestApart, largestApartSet, profiles, unmet);
            if (!unmet.isEmpty()) {
                throw RotationRejected.unmet(unmet);
            }
            boolean constrained = units.size() < n || largestApart > 1;
            return new ClassPlan(profiles, units, conflict, plans, constrained,
                    unpackable(constraints, n, plans, index, profiles));
        }

        private static List<SizePlan> sizePlans(GroupingConstraints c, int n, List<Packing.Unit> units,
                                                int largestApart, List<Student> largestApartSet,
                                                List<StudentProfile> profiles, List<Breach> unmet) {
            var plans = new ArrayList<SizePlan>();
            Packing.Unit biggest = units.stream().max(Comparator.comparingInt(Packing.Unit::weight)
                    .thenComparingInt(u -> -u.index())).orElseThrow();
            List<Student> biggestStudents = Arrays.stream(biggest.students()).mapToObj(i -> profiles.get(i).student())
                    .toList();
            if (c.groupCount() != null) {
                int k = c.groupCount();
                if (k > n) {
                    unmet.add(Breach.of(Breach.Constraint.GROUP_COUNT, n == 1
                            ? Phrase.of("rotations.problem.tooManyGroupsForOne", String.valueOf(k))
                            : Phrase.of("rotations.problem.tooManyGroups", String.valueOf(k), String.valueOf(n))));
                    return plans;
                }
                if (largestApart > k) {
                    unmet.add(Breach.students(Breach.Constraint.KEEP_APART, largestApartSet, Phrase.of(
                            "rotations.problem.apartMoreThanGroups", String.valueOf(largestApart), names(largestApartSet),
                            String.valueOf(k))));
                }
                if (units.size() < k) {
                    unmet.add(Breach.students(Breach.Constraint.KEEP_TOGETHER, biggestStudents, Phrase.of(
                            "rotations.problem.togetherFewerParts", String.valueOf(units.size()), String.valueOf(k))));
                }
                int low = n / k;
                int high = (n + k - 1) / k;
                int cap = n - (k - 1);
                for (int widen = 0; ; widen++) {
                    int min = Math.max(1, low - widen);
                    int max = Math.min(cap, high + widen);
                    plans.add(new SizePlan(k, min, max, widen > 0));
                    if (min == 1 && max == cap) {
                        break;
                    }
                }
                return plans;
            }
            int min = c.minSize();
            int max = c.maxSize();
            int fewest = (n + max - 1) / max;
            int most = n / min;
            if (fewest > most) {
                unmet.add(Breach.of(Breach.Constraint.GROUP_SIZE, Phrase.of("rotations.problem.cannotSplitSizes",
                        String.valueOf(n), String.valueOf(min), String.valueOf(max))));
            }
            if (biggest.weight() > max) {
                unmet.add(Breach.students(Breach.Constraint.KEEP_TOGETHER, biggestStudents, Phrase.of(
                        "rotations.problem.togetherTooBig", String.valueOf(biggest.weight()), names(biggestStudents),
                        String.valueOf(max))));
            }
            if (largestApart > most) {
                unmet.add(Breach.students(Breach.Constraint.KEEP_APART, largestApartSet, Phrase.of(
                        "rotations.problem.apartMoreThanSizedGroups", String.valueOf(largestApart), names(largestApartSet),
                        String.valueOf(min), String.valueOf(most))));
            }
            for (int k = Math.max(fewest, Math.max(1, largestApart)); k <= most; k++) {
                plans.add(new SizePlan(k, min, max, false));
            }
            return plans;
        }

        private static Breach unpackable(GroupingConstraints c, int n, List<SizePlan> plans,
                                         Map<StudentId, Integer> index, List<StudentProfile> profiles) {
            var involved = new TreeSet<StudentId>();
            c.keepApart().forEach(involved::addAll);
            c.keepTogether().forEach(involved::addAll);
            List<Student> students = involved.stream().map(index::get).filter(java.util.Objects::nonNull)
                    .map(i -> profiles.get(i).student()).toList();
            Phrase message = c.groupCount() != null
                    ? Phrase.of("rotations.problem.unpackableCount", String.valueOf(n), String.valueOf(c.groupCount()),
                            names(students))
                    : Phrase.of("rotations.problem.unpackableSizes", String.valueOf(n), String.valueOf(c.minSize()),
                            String.valueOf(c.maxSize()), names(students));
            return Breach.students(Breach.Constraint.KEEP_APART, students, message);
        }

        private static void checkSizes(GroupingConstraints c, List<Breach> invalid) {
            boolean count = c.groupCount() != null;
            boolean sizes = c.minSize() != null || c.maxSize() != null;
            if (count == sizes) {
                invalid.add(Breach.of(Breach.Constraint.GROUP_COUNT,
                        count ? Phrase.of("rotations.problem.countAndSizesBoth")
                        : Phrase.of("rotations.problem.countAndSizesNeither")));
                return;
            }
            if (count && c.groupCount() < 1) {
                invalid.add(Breach.of(Breach.Constraint.GROUP_COUNT,
                        Phrase.of("rotations.problem.groupCountTooLow", String.valueOf(c.groupCount()))));
            }
            if (sizes) {
                if (c.minSize() == null || c.maxSize() == null) {
                    invalid.add(Breach.of(Breach.Constraint.GROUP_SIZE, Phrase.of("rotations.problem.minAndMaxSize")));
                } else if (c.minSize() < 1 || c.maxSize() < c.minSize()) {
                    invalid.add(Breach.of(Breach.Constraint.GROUP_SIZE, Phrase.of("rotations.problem.sizeOrder",
                            String.valueOf(c.minSize()), String.valueOf(c.maxSize()))));
                }
            }
        }

        private static void checkKnown(String what, List<Set<StudentId>> sets, Map<StudentId, Student> known,
                                       List<Breach> invalid) {
            for (Set<StudentId> set : sets) {
                for (StudentId id : set) {
                    if (!known.containsKey(id)) {
                        boolean apart = what.equals("keep apart");
                        invalid.add(new Breach(apart ? Breach.Constraint.KEEP_APART : Breach.Constraint.KEEP_TOGETHER,
                                List.of(id), List.of(), List.of(), Phrase.of(apart
                                        ? "rotations.problem.apartStudentNotInClass"
                                        : "rotations.problem.togetherStudentNotInClass", id.value())));
                    }
                }
            }
        }

        private static String names(List<Student> students) {
            return String.join(", ", students.stream().map(Student::displayName).toList());
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
