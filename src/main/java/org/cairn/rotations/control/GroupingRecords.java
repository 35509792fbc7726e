package org.cairn.rotations.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.web.JsonMapping;
import org.cairn.rotations.entity.Group;
import org.cairn.rotations.entity.Grouping;
import org.cairn.rotations.entity.GroupingConstraints;
import org.cairn.rotations.entity.GroupingMethod;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.MasteryScale;
import org.cairn.rotations.entity.MissingEvidence;
import org.cairn.rotations.entity.ScaleLevel;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.StudentExplanation;
import org.cairn.rotations.entity.StudentId;
import org.cairn.rotations.entity.TargetStandard;

/**
 * What a kept grouping stores, as JSON written once: the teacher's inputs, the mastery snapshot read for them and
 * the result. Inputs and snapshot together rebuild the exact {@link GroupingRequest}, so a grouping can be
 * explained, adjusted and compared with a later one long after the evidence has moved on.
 */
public final class GroupingRecords {

    private static final ObjectMapper JSON = JsonMapping.create();

    private GroupingRecords() {
    }

    /** The teacher's choices. Student ids are roster person ids. */
    public record Inputs(GroupingMethod method, List<TargetStandard> standards, Integer groupCount, Integer minSize,
                         Integer maxSize, List<List<String>> keepApart, List<List<String>> keepTogether,
                         List<String> absent, MissingEvidence missingEvidence) {
        public Inputs {
            keepApart = keepApart == null ? List.of() : keepApart.stream().map(List::copyOf).toList();
            keepTogether = keepTogether == null ? List.of() : keepTogether.stream().map(List::copyOf).toList();
            absent = absent == null ? List.of() : List.copyOf(new TreeSet<>(absent));
            missingEvidence = missingEvidence == null ? MissingEvidence.COUNT_AS_LOWEST : missingEvidence;
        }

        /** The same choices with another absent list (a regroup on a later day). */
        public Inputs absentToday(List<String> ids) {
            return new Inputs(method, standards, groupCount, minSize, maxSize, keepApart, keepTogether, ids,
                    missingEvidence);
        }

        GroupingConstraints constraints() {
            var c = new GroupingConstraints(groupCount, minSize, maxSize, List.of(), List.of());
            for (List<String> set : keepApart) c = c.keepApart(ids(set));
            for (List<String> set : keepTogether) c = c.keepTogether(ids(set));
            return c;
        }

        private static Set<StudentId> ids(List<String> values) {
            return new TreeSet<>(values.stream().map(StudentId::of).toList());
        }
    }

    /** One student of the class when the snapshot was taken. */
    public record ClassMember(String id, String name) {
    }

    /**
     * The class and its latest mastery on the target standards, in scale points, when the grouping was made.
     * cairnsLevels: the course used Cairn's four levels (stored with their English labels), which a reader sees in
     * their own language; null in snapshots kept before it was recorded.
     */
    public record Snapshot(Instant takenAt, List<ScaleLevel> scale, int masteryPoints, List<ClassMember> students,
                           Map<String, Map<String, Integer>> levels, Boolean cairnsLevels) {
        public Snapshot {
            scale = List.copyOf(scale);
            students = List.copyOf(students);
            levels = levels == null ? Map.of() : new TreeMap<>(levels);
        }

        public MasteryScale masteryScale() {
            return new MasteryScale(scale, masteryPoints);
        }

        /**
         * Whether the levels are Cairn's four. A snapshot kept before this was recorded is judged by its levels: the
         * default scale was then stored exactly as {@link MasteryScale#standard()}.
         */
        public boolean ofCairnsLevels() {
            if (cairnsLevels != null) return cairnsLevels;
            MasteryScale cairns = MasteryScale.standard();
            return masteryPoints == cairns.masteryPoints() && scale.equals(cairns.levels());
        }

        /** A level's label for a reader: Cairn's four levels in the reader's language, any other scale's as stored. */
        public String label(int points, String stored, Locale reader) {
            if (!ofCairnsLevels()) return stored;
            return Scale.standard(reader).levels().stream().filter(l -> l.points() == points).findFirst()
                    .map(Scale.Level::label).orElse(stored);
        }
    }

    /**
     * A grouping's result as stored. The relaxed goals are kept as bundle keys and arguments
     * ({@code relaxedGoalPhrases}), phrased when someone reads them; a grouping kept before that has English sentences
     * in {@code relaxedGoals}, shown as they are.
     */
    public record Result(GroupingMethod method, List<Group> groups, List<StudentExplanation> explanations,
                         List<String> relaxedGoals, List<Phrase> relaxedGoalPhrases, int minSize, int maxSize) {

        public static Result of(Grouping grouping) {
            return new Result(grouping.method(), grouping.groups(), new ArrayList<>(grouping.explanations().values()),
                    null, grouping.relaxedGoals(), grouping.minSize(), grouping.maxSize());
        }

        public Grouping grouping() {
            var byStudent = new TreeMap<StudentId, StudentExplanation>();
            explanations.forEach(e -> byStudent.put(e.student(), e));
            return new Grouping(method, groups, byStudent, relaxed(), minSize, maxSize);
        }

        private List<Phrase> relaxed() {
            if (relaxedGoalPhrases != null) return relaxedGoalPhrases;
            if (relaxedGoals == null) return List.of();
            return relaxedGoals.stream().map(Phrase::asWritten).toList();
        }
    }

    /** The exact request a grouping was made from. */
    public static GroupingRequest request(Inputs inputs, Snapshot snapshot) {
        Set<String> absent = new TreeSet<>(inputs.absent());
        List<Student> students = snapshot.students().stream()
                .map(m -> new Student(StudentId.of(m.id()), m.name(), !absent.contains(m.id()))).toList();
        var levels = new TreeMap<StudentId, Map<String, Integer>>();
        snapshot.levels().forEach((id, byStandard) -> levels.put(StudentId.of(id), byStandard));
        return new GroupingRequest(students, inputs.standards(), snapshot.masteryScale(), levels,
                inputs.constraints(), inputs.missingEvidence());
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a grouping record could not be written as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored grouping record is not readable as " + type.getSimpleName(), e);
        }
    }
}
