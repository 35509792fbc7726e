package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cairn.rotations.entity.Group;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.MissingEvidence;
import org.cairn.rotations.entity.ScaleLevel;
import org.cairn.rotations.entity.StudentExplanation;
import org.cairn.rotations.entity.StudentExplanation.LevelOnStandards;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.StudentRole;
import org.cairn.rotations.entity.TargetStandard;

/** Says, in level labels and standard codes, why each student is in their group and what their role is. */
final class Explanations {

    private Explanations() {
    }

    static Map<StudentId, StudentExplanation> explain(GroupingRequest request, GroupingMethod method,
                                                      List<StudentProfile> profiles, List<Group> groups) {
        Map<StudentId, StudentProfile> byId = new TreeMap<>();
        profiles.forEach(p -> byId.put(p.student().id(), p));
        var out = new TreeMap<StudentId, StudentExplanation>();
        for (Group group : groups) {
            boolean groupHasTutor = group.members().stream().anyMatch(id -> byId.get(id).masteredAll());
            for (StudentId id : group.members()) {
                StudentProfile p = byId.get(id);
                StudentRole role = role(method, group, p);
                var levels = levels(request, p);
                var missing = p.noEvidence().stream().map(TargetStandard::code).toList();
                String text = text(request, levels, missing, reason(role, method, group, groupHasTutor), role);
                out.put(id, new StudentExplanation(id, group.number(), role, levels, missing, text));
            }
        }
        return out;
    }

    static StudentRole role(GroupingMethod method, Group group, StudentProfile p) {
        if (p.masteredAll()) {
            return method == GroupingMethod.SKILL ? StudentRole.EXTENSION : StudentRole.PEER_TUTOR;
        }
        return group.intervention() ? StudentRole.INTERVENTION : StudentRole.PRACTICE;
    }

    private static List<LevelOnStandards> levels(GroupingRequest request, StudentProfile p) {
        var out = new ArrayList<LevelOnStandards>();
        for (ScaleLevel level : request.scale().levels()) {
            var codes = request.standards().stream()
                    .filter(s -> p.points().containsKey(s.id()) && p.points().get(s.id()) == level.points())
                    .map(TargetStandard::code).toList();
            if (!codes.isEmpty()) {
                out.add(new LevelOnStandards(level.label(), level.points(), codes));
            }
        }
        return out;
    }

    private static String reason(StudentRole role, GroupingMethod method, Group group, boolean groupHasTutor) {
        return switch (role) {
            case INTERVENTION -> "grouped for intervention";
            case EXTENSION -> "extension work with students at similar levels (group " + group.number() + ")";
            case PEER_TUTOR -> "peer tutor in a mixed group";
            case PRACTICE -> method == GroupingMethod.SKILL
                    ? "grouped with students at similar levels (group " + group.number() + ")"
                    : groupHasTutor ? "in a mixed group with a peer tutor" : "in a mixed group to learn with peers";
        };
    }

    private static String text(GroupingRequest request, List<LevelOnStandards> levels, List<String> missing,
                               String reason, StudentRole role) {
        var parts = new ArrayList<String>();
        for (LevelOnStandards level : levels) {
            parts.add(level.label() + " on " + and(level.codes()));
        }
        if (!missing.isEmpty()) {
            parts.add("no evidence on " + and(missing) + (request.missingEvidence() == MissingEvidence.COUNT_AS_LOWEST
                    ? " (counted as " + request.scale().lowest().label() + ")" : " (left out)"));
        }
        String standing = String.join("; ", parts);
        boolean mastered = role == StudentRole.EXTENSION || role == StudentRole.PEER_TUTOR;
        return standing + (mastered ? ": " : "; ") + reason;
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
