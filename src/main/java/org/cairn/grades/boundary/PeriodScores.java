package org.cairn.grades.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import org.cairn.competency.control.CourseStandards;
import org.cairn.competency.entity.CourseStandard;
import org.cairn.grades.entity.ClaimedDelivery;
import org.cairn.grades.entity.Score;
import org.cairn.mastery.control.MasteryRows;
import org.cairn.plans.control.PlanningPeriods;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.roster.entity.Person;

/**
 * A per-period column's score as it stands when the worker sends it. The mean queued with a level change was
 * computed inside that change's transaction, which cannot see a simultaneous change of the same student's level on
 * another standard of the period (each change locks only its own mastery row). Reading the committed levels again
 * at sending makes the last score the LMS gets carry every change: each change queues a delivery in its own
 * commit, so the newest delivery is sent after the last change committed.
 */
@ApplicationScoped
public class PeriodScores {

    private static final String PERIOD_RESOURCE = "cairn:period:";

    @Inject
    PlanningPeriods periods;

    @Inject
    CourseStandards courseStandards;

    @Inject
    MasteryRows masteryRows;

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    /** Whether a delivery is for a period's column, the only kind whose score is read again at sending. */
    public static boolean forPeriodColumn(ClaimedDelivery delivery) {
        String resource = delivery.lineItem().resourceId();
        return resource != null && resource.startsWith(PERIOD_RESOURCE);
    }

    /** The committed mean of a period column's student now, in one short read-only transaction. */
    @Transactional
    public Score current(ClaimedDelivery delivery) {
        Score queued = delivery.score();
        Optional<UUID> periodId = uuid(delivery.lineItem().resourceId().substring(PERIOD_RESOURCE.length()));
        Optional<PlanningPeriod> period = periodId.flatMap(periods::find);
        if (period.isEmpty()) return queued;
        List<Person> student = em.createNamedQuery("Person.byRegistrationAndSub", Person.class)
                .setParameter("registrationId", delivery.registrationId()).setParameter("sub", queued.userId())
                .getResultList();
        if (student.isEmpty()) return queued;
        UUID courseId = period.get().courseId();
        Set<UUID> prioritized = new HashSet<>();
        for (CourseStandard cs : courseStandards.ofCourse(delivery.registrationId(), courseId)) {
            prioritized.add(cs.standardId());
        }
        OptionalDouble mean = MasteryToGradebook.periodMean(MasteryToGradebook.counted(period.get(), prioritized),
                masteryRows.ofStudent(delivery.registrationId(), courseId, student.get(0).id()));
        return mean.isEmpty() ? Score.cleared(queued.userId(), queued.scoreMaximum(), queued.timestamp())
                : new Score(queued.userId(), mean.getAsDouble(), queued.scoreMaximum(), queued.comment(), queued.timestamp());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
