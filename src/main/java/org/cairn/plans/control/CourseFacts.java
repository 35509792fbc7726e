package org.cairn.plans.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairn.competency.control.CourseStandards;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.CourseStandard;
import org.cairn.competency.entity.Scale;
import org.cairn.competency.entity.Standard;
import org.cairn.competency.entity.StandardAssociation;
import org.cairn.mastery.control.MasteryQueries;
import org.cairn.mastery.control.StudentProfile;
import org.cairn.roster.control.Roster;
import org.cairn.session.entity.CourseRole;

/**
 * What plans read from other features, in-process and in the caller's transaction: the roster (enrolled students
 * and their names), the course's prioritized standards with their {@code precedes} links (competency), the
 * course's scale and a student's live mastery (mastery). Plans never write any of these.
 */
@ApplicationScoped
public class CourseFacts {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Roster roster;

    @Inject
    CourseStandards courseStandards;

    @Inject
    Frameworks frameworks;

    @Inject
    MasteryScales scales;

    @Inject
    MasteryQueries mastery;

    /** A course standard with its code and statement; {@code unit} counts units in course order from 1. */
    public record StandardFact(UUID standardId, String code, String statement, String unitName, int unit) {
    }

    /** Active students of the course with their display names (null when the platform shares no names). */
    public Map<UUID, String> students(UUID courseId) {
        Map<UUID, String> students = new LinkedHashMap<>();
        for (Roster.Member m : roster.members(courseId)) {
            if (m.role() == CourseRole.STUDENT) students.put(m.personId(), m.name());
        }
        return students;
    }

    /** Every member's name by id (teachers included), for labels. */
    public Map<UUID, String> names(UUID courseId) {
        Map<UUID, String> names = new HashMap<>();
        for (Roster.Member m : roster.members(courseId)) names.put(m.personId(), m.name());
        return names;
    }

    /**
     * Holds the course's row locked until the transaction ends (roster's). Planning periods of a course may not
     * overlap, and no key stops two simultaneous requests from each adding one: a use case that adds a period takes
     * this first and reads the course's periods only then, so the second request sees the first one's period.
     */
    public void lockCourse(UUID courseId) {
        roster.courseLocked(courseId).orElseThrow(() -> new IllegalStateException("no course " + courseId + " to lock"));
    }

    public boolean isActiveStudent(UUID courseId, UUID personId) {
        return students(courseId).containsKey(personId);
    }

    /** The course's prioritized standards in unit order, then priority within the unit. */
    public List<StandardFact> standards(UUID registrationId, UUID courseId) {
        List<StandardFact> facts = new ArrayList<>();
        Map<String, Integer> units = new LinkedHashMap<>();
        for (CourseStandard cs : courseStandards.ofCourse(registrationId, courseId)) {
            Optional<Standard> standard = frameworks.standard(registrationId, cs.standardId());
            if (standard.isEmpty()) continue;
            String unitName = cs.unitName() == null ? "" : cs.unitName();
            int unit = units.computeIfAbsent(unitName, k -> units.size() + 1);
            Standard s = standard.get();
            facts.add(new StandardFact(s.id(), s.code() == null ? s.identifier() : s.code(), s.statement(),
                    cs.unitName(), unit));
        }
        return facts;
    }

    /** {@code precedes} and {@code isPrerequisiteOf} links among the given standards (CASE progressions). */
    public List<NextStepRecommender.Precedes> progression(UUID registrationId, List<StandardFact> standards) {
        Set<UUID> frameworkIds = new HashSet<>();
        for (StandardFact f : standards) {
            frameworks.standard(registrationId, f.standardId()).ifPresent(s -> frameworkIds.add(s.frameworkId()));
        }
        List<NextStepRecommender.Precedes> links = new ArrayList<>();
        for (UUID frameworkId : frameworkIds) {
            for (StandardAssociation a : frameworks.associationsOf(frameworkId)) {
                if (a.kind().progression() && a.originId() != null && a.destinationId() != null) {
                    links.add(new NextStepRecommender.Precedes(a.originId(), a.destinationId()));
                }
            }
        }
        return links;
    }

    /** The course's scale, Cairn's four levels labelled in the reader's language. */
    public Scale scale(UUID registrationId, UUID courseId, Locale reader) {
        return scales.forCourse(registrationId, courseId, reader);
    }

    /** The student's live standing per course standard, from the mastery feature, labelled for the reader. */
    public StudentProfile profile(UUID registrationId, UUID courseId, UUID studentId, Locale reader) {
        return mastery.profile(registrationId, courseId, studentId, reader);
    }

    /** The running score a standing had on {@code day} (the last evidence observed on or before it), if any. */
    public static Optional<Double> scoreOn(StudentProfile.Standing standing, LocalDate day) {
        Double score = null;
        for (StudentProfile.TrendPoint p : standing.trend()) {
            if (!p.observedOn().isAfter(day) && p.score() != null) score = p.score();
        }
        return Optional.ofNullable(score);
    }
}
