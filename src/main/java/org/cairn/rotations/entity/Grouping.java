package org.cairn.rotations.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cairn.infra.i18n.Phrase;

/**
 * The groups for one rotation, with an explanation per student and the soft goals that had to give way
 * ("could not put a student at mastery in group 3", {@code rotations.server.relaxed.*}, phrased in the reader's
 * language). Hard constraints hold in every grouping that exists.
 */
public record Grouping(GroupingMethod method, List<Group> groups, Map<StudentId, StudentExplanation> explanations,
                       List<Phrase> relaxedGoals, int minSize, int maxSize) {

    public Grouping {
        groups = List.copyOf(groups);
        explanations = java.util.Collections.unmodifiableMap(new TreeMap<>(explanations));
        relaxedGoals = List.copyOf(relaxedGoals);
    }

    public Optional<Group> groupOf(StudentId student) {
        return groups.stream().filter(g -> g.contains(student)).findFirst();
    }

    public Optional<Group> interventionGroup() {
        return groups.stream().filter(Group::intervention).findFirst();
    }

    public StudentRole roleOf(StudentId student) {
        var explanation = explanations.get(student);
        if (explanation == null) {
            throw RotationRejected.invalid(Breach.Constraint.STUDENTS, Phrase.of("rotations.problem.studentInNoGroup", student.value()));
        }
        return explanation.role();
    }

    /** The members of each group, by group number: what "the same groups" means. */
    public List<List<StudentId>> memberLists() {
        return groups.stream().map(Group::members).toList();
    }
}
