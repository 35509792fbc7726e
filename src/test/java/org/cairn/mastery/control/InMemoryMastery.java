package org.cairn.mastery.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.LevelOverride;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MethodChoice;

/** The mastery repositories in memory, for use-case tests without a container. */
public final class InMemoryMastery {

    private InMemoryMastery() {
    }

    public static class EvidenceStore extends EvidenceRecords {
        public final Map<UUID, Evidence> rows = new LinkedHashMap<>();
        public int reads;

        @Override
        public Optional<Evidence> find(UUID registrationId, UUID id) {
            return Optional.ofNullable(rows.get(id)).filter(e -> e.registrationId().equals(registrationId));
        }

        @Override
        public Evidence add(Evidence evidence) {
            rows.put(evidence.id(), evidence);
            return evidence;
        }

        @Override
        public List<Evidence> of(UUID courseId, UUID studentId, UUID standardId) {
            reads++;
            return rows.values().stream().filter(e -> e.courseId().equals(courseId) && e.studentId().equals(studentId)
                    && e.standardId().equals(standardId)).toList();
        }

        @Override
        public List<Evidence> ofCourse(UUID registrationId, UUID courseId) {
            return rows.values().stream().filter(e -> e.registrationId().equals(registrationId) && e.courseId().equals(courseId)).toList();
        }

        @Override
        public List<StudentEvidence> observationsOfCourse(UUID registrationId, UUID courseId) {
            reads++;
            return ofCourse(registrationId, courseId).stream()
                    .map(e -> new StudentEvidence(e.studentId(), e.standardId(), observation(e))).toList();
        }

        @Override
        public List<Evidence> ofStudent(UUID registrationId, UUID courseId, UUID studentId) {
            return ofCourse(registrationId, courseId).stream().filter(e -> e.studentId().equals(studentId)).toList();
        }

        @Override
        public List<Evidence> pendingOfCourse(UUID registrationId, UUID courseId) {
            return ofCourse(registrationId, courseId).stream().filter(e -> e.status() == EvidenceStatus.PENDING_VALIDATION).toList();
        }
    }

    public static class Methods extends MethodChoices {
        public final List<MethodChoice> rows = new ArrayList<>();

        @Override
        public List<MethodChoice> ofCourse(UUID registrationId, UUID courseId) {
            return rows.stream().filter(c -> c.courseId().equals(courseId)).toList();
        }

        @Override
        public MethodChoice add(MethodChoice choice) {
            rows.add(choice);
            return choice;
        }
    }

    public static class Overrides extends LevelOverrides {
        public final List<LevelOverride> rows = new ArrayList<>();

        @Override
        public Optional<LevelOverride> active(UUID courseId, UUID studentId, UUID standardId) {
            return rows.stream().filter(o -> o.active() && o.courseId().equals(courseId)
                    && o.studentId().equals(studentId) && o.standardId().equals(standardId))
                    .max(Comparator.comparing(LevelOverride::setAt));
        }

        @Override
        public List<LevelOverride> activeOfCourse(UUID registrationId, UUID courseId) {
            return rows.stream().filter(o -> o.active() && o.courseId().equals(courseId)).toList();
        }

        @Override
        public LevelOverride add(LevelOverride override) {
            rows.add(override);
            return override;
        }
    }

    public static class Rows extends MasteryRows {
        public final List<Mastery> rows = new ArrayList<>();
        public int writes;

        @Override
        public Optional<Mastery> find(UUID courseId, UUID studentId, UUID standardId) {
            return rows.stream().filter(m -> m.courseId().equals(courseId) && m.studentId().equals(studentId)
                    && m.standardId().equals(standardId)).findFirst();
        }

        /** One thread, nothing to wait for. */
        @Override
        public Optional<Mastery> findLocked(UUID courseId, UUID studentId, UUID standardId) {
            return find(courseId, studentId, standardId);
        }

        @Override
        public Mastery add(Mastery mastery) {
            rows.add(mastery);
            return mastery;
        }

        @Override
        public List<Mastery> ofCourse(UUID registrationId, UUID courseId) {
            return rows.stream().filter(m -> m.courseId().equals(courseId)).toList();
        }

        @Override
        public List<StudentLevel> levelsOfCourse(UUID registrationId, UUID courseId) {
            return ofCourse(registrationId, courseId).stream().map(m -> new StudentLevel(m.studentId(), m.standardId(),
                    m.levelPoints(), m.evidenceCount(), m.overridden())).toList();
        }

        @Override
        public List<Mastery> ofStudent(UUID registrationId, UUID courseId, UUID studentId) {
            return rows.stream().filter(m -> m.courseId().equals(courseId) && m.studentId().equals(studentId)).toList();
        }

        @Override
        public List<MasteryRow> rowsOfCourse(UUID registrationId, UUID courseId) {
            return ofCourse(registrationId, courseId).stream().map(m -> new MasteryRow(m.id(), m.studentId(), m.standardId(),
                    m.score(), m.computedPoints(), m.levelPoints(), m.method(), m.evidenceCount(), m.overridden())).toList();
        }

        @Override
        public void write(UUID registrationId, UUID courseId, List<MasteryRow> added, List<MasteryRow> changed, Instant now) {
            writes += added.size() + changed.size();
            for (MasteryRow row : added) {
                Mastery m = add(new Mastery(registrationId, courseId, row.studentId(), row.standardId()));
                take(m, row, now);
            }
            for (MasteryRow row : changed) take(find(courseId, row.studentId(), row.standardId()).orElseThrow(), row, now);
        }

        private static void take(Mastery m, MasteryRow row, Instant now) {
            m.recomputed(row.method(), row.score(), row.computedPoints(), row.evidenceCount(),
                    row.overridden() ? row.levelPoints() : null, now);
        }
    }

    /** Cairn's four levels, in the reader's language, unless a test gives the course a scale of its own. */
    public static class Scales extends MasteryScales {
        public Scale scale;

        @Override
        public Scale forCourse(UUID registrationId, UUID courseId, java.util.Locale reader) {
            return scale != null ? scale : Scale.standard(reader);
        }

        @Override
        public boolean usesCairnsLevels(UUID registrationId, UUID courseId) {
            return scale == null;
        }
    }
}
