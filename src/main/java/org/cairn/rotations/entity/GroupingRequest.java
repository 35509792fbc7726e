package org.cairn.rotations.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cairn.infra.i18n.Phrase;

/**
 * Everything a grouping needs: the class (present and absent), the target standards, each student's points on
 * them (a missing entry means no evidence), the scale, the constraints, and what missing evidence means.
 */
public record GroupingRequest(List<Student> students, List<TargetStandard> standards, MasteryScale scale,
                              Map<StudentId, Map<String, Integer>> levels, GroupingConstraints constraints,
                              MissingEvidence missingEvidence) {

    public GroupingRequest {
        if (students == null || standards == null || scale == null || constraints == null) {
            throw RotationRejected.invalid(Breach.Constraint.STUDENTS,
                    Phrase.of("rotations.problem.groupingNeedsInputs"));
        }
        if (standards.isEmpty()) {
            throw RotationRejected.invalid(Breach.Constraint.STANDARDS, Phrase.of("rotations.problem.groupingNeedsStandard"));
        }
        students = List.copyOf(students);
        standards = List.copyOf(standards);
        var copy = new TreeMap<StudentId, Map<String, Integer>>();
        if (levels != null) {
            levels.forEach((id, byStandard) -> copy.put(id, Map.copyOf(byStandard)));
        }
        levels = java.util.Collections.unmodifiableMap(copy);
        missingEvidence = missingEvidence == null ? MissingEvidence.COUNT_AS_LOWEST : missingEvidence;
    }

    public static Builder of(List<Student> students, List<TargetStandard> standards) {
        return new Builder(students, standards);
    }

    /** The same request with other constraints. */
    public GroupingRequest with(GroupingConstraints other) {
        return new GroupingRequest(students, standards, scale, levels, other, missingEvidence);
    }

    /** Optional parts default (standard scale, no levels, missing evidence counted as the lowest level). */
    public static final class Builder {
        private final List<Student> students;
        private final List<TargetStandard> standards;
        private MasteryScale scale = MasteryScale.standard();
        private final Map<StudentId, Map<String, Integer>> levels = new TreeMap<>();
        private GroupingConstraints constraints;
        private MissingEvidence missingEvidence = MissingEvidence.COUNT_AS_LOWEST;

        private Builder(List<Student> students, List<TargetStandard> standards) {
            this.students = new ArrayList<>(students);
            this.standards = new ArrayList<>(standards);
        }

        public Builder scale(MasteryScale value) {
            this.scale = value;
            return this;
        }

        public Builder level(String student, String standardId, int points) {
            levels.computeIfAbsent(StudentId.of(student), k -> new TreeMap<>()).put(standardId, points);
            return this;
        }

        public Builder levels(Map<StudentId, Map<String, Integer>> value) {
            value.forEach((id, m) -> levels.computeIfAbsent(id, k -> new TreeMap<>()).putAll(m));
            return this;
        }

        public Builder constraints(GroupingConstraints value) {
            this.constraints = value;
            return this;
        }

        public Builder missingEvidence(MissingEvidence value) {
            this.missingEvidence = value;
            return this;
        }

        public GroupingRequest build() {
            if (constraints == null) {
                throw new IllegalStateException("constraints are required: a group count or group sizes");
            }
            return new GroupingRequest(students, standards, scale, levels, constraints, missingEvidence);
        }
    }
}
