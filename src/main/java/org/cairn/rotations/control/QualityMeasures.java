package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.Quality;
import org.cairn.rotations.entity.StudentId;

/**
 * Quality of groups and the two baselines we compare against: sort-and-slice (sort by need, cut into equal runs)
 * and a seeded random split. The baselines ignore keep-apart and keep-together; their breaks are counted.
 */
public final class QualityMeasures {

    private QualityMeasures() {
    }

    public static Quality measure(String method, List<List<StudentId>> groups, GroupingRequest request) {
        Map<StudentId, StudentProfile> byId = new HashMap<>();
        StudentProfiles.of(request).forEach(p -> byId.put(p.student().id(), p));
        double sdSum = 0;
        double rangeSum = 0;
        var means = new ArrayList<Double>();
        int withMastery = 0;
        for (List<StudentId> group : groups) {
            double[] levels = group.stream().mapToDouble(id -> byId.get(id).level()).toArray();
            double mean = java.util.Arrays.stream(levels).average().orElse(0);
            double var = java.util.Arrays.stream(levels).map(x -> (x - mean) * (x - mean)).average().orElse(0);
            sdSum += Math.sqrt(var);
            rangeSum += java.util.Arrays.stream(levels).max().orElse(0) - java.util.Arrays.stream(levels).min().orElse(0);
            means.add(mean);
            withMastery += group.stream().anyMatch(id -> byId.get(id).masteredAll()) ? 1 : 0;
        }
        double grand = means.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double spreadOfMeans = Math.sqrt(means.stream().mapToDouble(m -> (m - grand) * (m - grand)).average().orElse(0));
        int k = groups.size();
        return new Quality(method, k, sdSum / k, rangeSum / k, spreadOfMeans, withMastery,
                hardBreaks(groups, request.constraints(), byId.keySet()));
    }

    /** Broken keep-apart pairs, split keep-together sets, and groups outside the size bounds (when sizes are given). */
    public static int hardBreaks(List<List<StudentId>> groups, GroupingConstraints c, Set<StudentId> present) {
        Map<StudentId, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (StudentId id : groups.get(g)) {
                groupOf.put(id, g);
            }
        }
        int breaks = 0;
        for (Set<StudentId> set : c.keepApart()) {
            var list = set.stream().filter(present::contains).toList();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    breaks += groupOf.get(list.get(i)).equals(groupOf.get(list.get(j))) ? 1 : 0;
                }
            }
        }
        for (Set<StudentId> set : c.keepTogether()) {
            breaks += set.stream().filter(present::contains).map(groupOf::get).distinct().count() > 1 ? 1 : 0;
        }
        if (c.minSize() != null && c.maxSize() != null) {
            breaks += (int) groups.stream().filter(g -> g.size() < c.minSize() || g.size() > c.maxSize()).count();
        }
        return breaks;
    }

    /** Sort by need (neediest first, ties by id) and cut into k runs of nearly equal size. */
    public static List<List<StudentId>> sortAndSlice(GroupingRequest request, int k) {
        var profiles = new ArrayList<>(StudentProfiles.of(request));
        profiles.sort(java.util.Comparator.comparingDouble((StudentProfile p) -> -p.need())
                .thenComparing(p -> p.student().id()));
        return slice(profiles.stream().map(p -> p.student().id()).toList(), k);
    }

    /** A seeded random split into k groups of nearly equal size. */
    public static List<List<StudentId>> random(GroupingRequest request, int k, long seed) {
        var ids = new ArrayList<>(StudentProfiles.of(request).stream().map(p -> p.student().id()).toList());
        Collections.shuffle(ids, new Random(seed));
        return slice(ids, k);
    }

    private static List<List<StudentId>> slice(List<StudentId> ids, int k) {
        var out = new ArrayList<List<StudentId>>();
        int n = ids.size();
        int from = 0;
        for (int g = 0; g < k; g++) {
            int to = from + n / k + (g < n % k ? 1 : 0);
            out.add(List.copyOf(ids.subList(from, to)));
            from = to;
        }
        return out;
    }

    /** Ours (skill, mixed) beside the two baselines, for one class; the same group count for all. */
    public static List<Quality> compare(GroupingRequest request, long seed) {
        var skill = Groupings.skill(request);
        var mixed = Groupings.mixed(request);
        int k = skill.groups().size();
        return List.of(measure("Cairn skill", skill.memberLists(), request),
                measure("Cairn mixed", mixed.memberLists(), request),
                measure("sort-and-slice", sortAndSlice(request, k), request),
                measure("random (seed " + seed + ")", random(request, k, seed), request));
    }

    /** A Markdown table of qualities, as in docs/rotations.md. */
    public static String table(List<Quality> rows) {
        var out = new StringBuilder("| method | groups | mean within-group SD | mean within-group range "
                + "| SD of group means | groups with a student at mastery | hard constraints broken |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Quality q : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %d of %d | %d |%n", q.method(),
                    q.groups(), q.meanWithinSd(), q.meanWithinRange(), q.sdOfGroupMeans(), q.groupsWithMastery(),
                    q.groups(), q.hardBreaks()));
        }
        return out.toString();
    }
}
