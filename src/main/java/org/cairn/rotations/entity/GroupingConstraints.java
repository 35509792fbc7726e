package org.cairn.rotations.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the teacher requires of the groups: either a group count or minimum and maximum group sizes, plus sets of
 * students to keep apart (no two in one group) and sets to keep together (all in one group). Every one of these is
 * hard. Built fluently: {@code GroupingConstraints.groups(4).keepApart("ana", "ben")}.
 */
public record GroupingConstraints(Integer groupCount, Integer minSize, Integer maxSize,
                                  List<Set<StudentId>> keepApart, List<Set<StudentId>> keepTogether) {

    public GroupingConstraints {
        keepApart = copy(keepApart);
        keepTogether = copy(keepTogether);
    }

    public static GroupingConstraints groups(int count) {
        return new GroupingConstraints(count, null, null, List.of(), List.of());
    }

    public static GroupingConstraints sizes(int min, int max) {
        return new GroupingConstraints(null, min, max, List.of(), List.of());
    }

    public GroupingConstraints keepApart(String... ids) {
        return keepApart(ids(ids));
    }

    public GroupingConstraints keepApart(Set<StudentId> set) {
        var sets = new ArrayList<>(keepApart);
        sets.add(set);
        return new GroupingConstraints(groupCount, minSize, maxSize, sets, keepTogether);
    }

    public GroupingConstraints keepTogether(String... ids) {
        return keepTogether(ids(ids));
    }

    public GroupingConstraints keepTogether(Set<StudentId> set) {
        var sets = new ArrayList<>(keepTogether);
        sets.add(set);
        return new GroupingConstraints(groupCount, minSize, maxSize, keepApart, sets);
    }

    private static Set<StudentId> ids(String... ids) {
        return new TreeSet<>(Arrays.stream(ids).map(StudentId::of).toList());
    }

    private static List<Set<StudentId>> copy(List<Set<StudentId>> sets) {
        return sets == null ? List.of() : sets.stream().map(s -> (Set<StudentId>) new TreeSet<>(s)).toList();
    }
}
