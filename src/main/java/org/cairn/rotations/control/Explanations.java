package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cairn.infra.i18n.Messages;
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
public final class Explanations {

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
                var parts = new StudentExplanation(id, group.number(), role, levels, missing, "");
                // Stored in English; a reader gets it in their language from the parts (RotationPlanning).
                String text = text(parts, new Setting(method, groupHasTutor, request.missingEvidence(),
                        request.scale().lowest().label(), false), Messages.ENGLISH);
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

    /**
     * How a student came to be where they are, beyond their own explanation: the grouping's method, whether their
     * group has a peer tutor, the missing-evidence rule with the label of the lowest level (in the reader's words), and
     * whether the teacher moved them.
     */
    public record Setting(GroupingMethod method, boolean groupHasTutor, MissingEvidence missingEvidence,
                          String lowestLabel, boolean moved) {
    }

    /**
     * A placement's sentence in a reader's language ({@code rotations.explain.*}, the page's own words, and
     * {@code rotations.server.explain.*}), from its parts: "Beginning on 6.RP.3 and 6.RP.2; grouped for intervention".
     * The level labels are the explanation's, so a caller gives them in the reader's words first.
     */
    public static String text(StudentExplanation explanation, Setting setting, Locale reader) {
        Messages messages = Messages.forLocale(reader);
        var parts = new ArrayList<String>();
        for (LevelOnStandards level : explanation.levels()) {
            parts.add(messages.get("rotations.explain.level", level.label(), and(level.codes(), reader)));
        }
        List<String> missing = explanation.noEvidence();
        if (!missing.isEmpty()) {
            parts.add(setting.missingEvidence() == MissingEvidence.COUNT_AS_LOWEST
                    ? messages.get("rotations.server.explain.noEvidenceCounted", and(missing, reader), setting.lowestLabel())
                    : messages.get("rotations.server.explain.noEvidenceLeftOut", and(missing, reader)));
        }
        String group = String.valueOf(explanation.group());
        String reason = switch (explanation.role()) {
            case INTERVENTION -> messages.get("rotations.explain.intervention");
            case EXTENSION -> messages.get("rotations.explain.extension", group);
            case PEER_TUTOR -> messages.get("rotations.explain.peerTutor");
            case PRACTICE -> setting.method() == GroupingMethod.SKILL ? messages.get("rotations.explain.similar", group)
                    : setting.groupHasTutor() ? messages.get("rotations.server.explain.mixedWithTutor")
                    : messages.get("rotations.explain.mixed");
        };
        // A student at mastery gets a colon (what they do), others a semicolon (why they are here).
        boolean mastered = explanation.role() == StudentRole.EXTENSION || explanation.role() == StudentRole.PEER_TUTOR;
        String text = parts.isEmpty() ? reason : String.join("; ", parts) + (mastered ? ": " : "; ") + reason;
        return setting.moved() ? text + "; " + messages.get("rotations.explain.moved") : text;
    }

    private static String and(List<String> items, Locale reader) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return Messages.forLocale(reader).get("rotations.list.and", String.join(", ", items.subList(0, items.size() - 1)),
                items.get(items.size() - 1));
    }
}
