package org.cairn.mastery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.CourseStandard;
import org.cairn.competency.entity.Standard;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.LevelOverride;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MethodChoice;

/**
 * Loads the rows behind the class heatmap and the student profile and hands them to the pure assemblers. Runs in
 * the caller's transaction. The class list comes from the caller (the roster feature); without one, the students
 * who have mastery rows. Levels are labelled in the reader's language when the course uses Cairn's four levels.
 */
@ApplicationScoped
public class MasteryQueries {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    MasteryScales scales;

    @Inject
    MasteryRows rows;

    @Inject
    EvidenceRecords evidence;

    @Inject
    MethodChoices methods;

    @Inject
    LevelOverrides overrides;

    public Heatmap heatmap(UUID registrationId, UUID courseId, List<UUID> students, Locale reader) {
        List<Mastery> mastery = rows.ofCourse(registrationId, courseId);
        List<UUID> classList = students != null && !students.isEmpty() ? students
                : new ArrayList<>(new LinkedHashSet<>(mastery.stream().map(Mastery::studentId).sorted().toList()));
        var levels = mastery.stream().map(m -> new StudentLevel(m.studentId(), m.standardId(), m.levelPoints(),
                m.evidenceCount(), m.overridden())).toList();
        return Heatmaps.assemble(columns(registrationId, courseId), classList,
                scales.forCourse(registrationId, courseId, reader), levels);
    }

    /** The heatmap of exactly these students (the roster's class list), none added, none left out. */
    public Heatmap classHeatmap(UUID registrationId, UUID courseId, List<UUID> students, Locale reader) {
        return Heatmaps.assemble(columns(registrationId, courseId), students,
                scales.forCourse(registrationId, courseId, reader),
                rows.levelsOfCourse(registrationId, courseId));
    }

    public StudentProfile profile(UUID registrationId, UUID courseId, UUID studentId, Locale reader) {
        var byStandard = new HashMap<UUID, List<Observation>>();
        for (Evidence e : evidence.ofStudent(registrationId, courseId, studentId)) {
            byStandard.computeIfAbsent(e.standardId(), k -> new ArrayList<>()).add(EvidenceRecords.observation(e));
        }
        Map<UUID, Double> overridden = new HashMap<>();
        for (LevelOverride o : overrides.activeOfCourse(registrationId, courseId)) {
            if (o.studentId().equals(studentId)) overridden.put(o.standardId(), o.points());
        }
        List<MethodChoice> choices = methods.ofCourse(registrationId, courseId);
        return StudentProfiles.assemble(studentId, columns(registrationId, courseId),
                scales.forCourse(registrationId, courseId, reader),
                standard -> MethodChoices.resolve(choices, standard), byStandard, overridden);
    }

    /** The course's standards in the course's order: one query (a heatmap has up to about 60). */
    public List<Heatmap.Column> columns(UUID registrationId, UUID courseId) {
        List<Object[]> found = em.createQuery("SELECT cs, s FROM CourseStandard cs, Standard s, Framework f"
                        + " WHERE cs.registrationId = :registrationId AND cs.courseId = :courseId AND s.id = cs.standardId"
                        + " AND f.id = s.frameworkId AND f.registrationId = :registrationId ORDER BY cs.ordinal", Object[].class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
        var columns = new ArrayList<Heatmap.Column>(found.size());
        for (Object[] row : found) {
            CourseStandard cs = (CourseStandard) row[0];
            Standard s = (Standard) row[1];
            columns.add(new Heatmap.Column(s.id(), s.code(), s.statement(), cs.unitName(), cs.category()));
        }
        return columns;
    }
}
