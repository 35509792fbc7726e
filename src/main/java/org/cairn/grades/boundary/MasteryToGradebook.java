package org.cairn.grades.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.cairn.competency.control.CourseStandards;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.entity.CourseStandard;
import org.cairn.competency.entity.Standard;
import org.cairn.grades.control.CourseGrading;
import org.cairn.grades.entity.AgsEndpoint;
import org.cairn.grades.entity.AgsOffered;
import org.cairn.grades.entity.Grouping;
import org.cairn.grades.entity.LineItemKind;
import org.cairn.grades.entity.LineItemSpec;
import org.cairn.grades.entity.Score;
import org.cairn.mastery.control.MasteryRows;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MasteryChanged;
import org.cairn.plans.control.PlanningPeriods;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.roster.entity.Person;

/**
 * Mastery into the LMS gradebook. Observes {@link MasteryChanged} synchronously, inside the recompute
 * transaction, and queues the score in that same transaction: the level and its score commit together or not at
 * all. Also remembers each course's AGS endpoint from its launches ({@link AgsOffered}).
 */
@ApplicationScoped
public class MasteryToGradebook {

    private static final Logger LOG = Logger.getLogger(MasteryToGradebook.class.getName());

    @Inject
    OutboxTransactions transactions;

    @Inject
    ScoreDeliveries deliveries;

    @Inject
    Frameworks frameworks;

    @Inject
    CourseStandards courseStandards;

    @Inject
    MasteryRows masteryRows;

    @Inject
    PlanningPeriods periods;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private final CourseGrading grading = new CourseGrading();

    /** The key of a course's AGS endpoint among the current transaction's resources. */
    private record EndpointOf(UUID courseId) {
    }

    void offered(@Observes AgsOffered offer) {
        transactions.inCurrentTransaction(connection -> {
            grading.offered(connection, offer.registrationId(), offer.courseId(), offer.endpoint(), clock.instant());
            return null;
        });
        // A launch has nothing cached; should a transaction ever both read and change the endpoint, read it again.
        EndpointOf key = new EndpointOf(offer.courseId());
        if (inTransaction() && transaction.getResource(key) != null) {
            transaction.putResource(key, transactions.inCurrentTransaction(c -> grading.endpoint(c, offer.courseId())));
        }
    }

    /**
     * The course's AGS endpoint, read once per transaction: a course rebuild fires one MasteryChanged per changed
     * level (1,400 in a course of 35 students × 40 standards), and a district recompute two million, so one
     * query per level was most of a district recompute's time when courses have no AGS service.
     */
    @SuppressWarnings("unchecked")
    private Optional<AgsEndpoint> endpoint(UUID courseId) {
        if (!inTransaction()) return transactions.inCurrentTransaction(c -> grading.endpoint(c, courseId));
        EndpointOf key = new EndpointOf(courseId);
        Optional<AgsEndpoint> known = (Optional<AgsEndpoint>) transaction.getResource(key);
        if (known == null) {
            known = transactions.inCurrentTransaction(c -> grading.endpoint(c, courseId));
            transaction.putResource(key, known);
        }
        return known;
    }

    private boolean inTransaction() {
        return transaction != null && transaction.getTransactionKey() != null;
    }

    /**
     * Queues the student's new level for the LMS. Skipped quietly when the course's platform gave no AGS service
     * with the lineitem and score scopes (Cairn cannot make its own columns there), when the student is unknown,
     * or when the standard is not one of the course's prioritized standards.
     */
    void changed(@Observes MasteryChanged change) {
        Optional<AgsEndpoint> endpoint = endpoint(change.courseId());
        if (endpoint.isEmpty() || !endpoint.get().managesLineItems() || !endpoint.get().postsScores()) {
            LOG.fine(() -> "Course " + change.courseId() + " has no AGS line item service with the score scope; no score queued");
            return;
        }
        Person student = em.find(Person.class, change.studentId());
        if (student == null || !student.registrationId().equals(change.registrationId())) return;
        Grouping grouping = transactions.inCurrentTransaction(c -> grading.grouping(c, change.courseId()));
        Set<UUID> prioritized = new HashSet<>();
        for (CourseStandard cs : courseStandards.ofCourse(change.registrationId(), change.courseId())) prioritized.add(cs.standardId());
        AgsEndpoint ags = endpoint.get();
        if (grouping == Grouping.STANDARD) {
            if (!prioritized.contains(change.standardId())) return;
            Optional<Standard> standard = frameworks.standard(change.registrationId(), change.standardId());
            if (standard.isEmpty()) return;
            UUID lineItem = deliveries.lineItem(new LineItemSpec(change.registrationId(), change.courseId(),
                    LineItemKind.STANDARD, change.standardId(), label(standard.get()), change.scaleMaximum(),
                    ags.lineItems(), Optional.empty()));
            deliveries.enqueue(lineItem, change.levelPoints() == null
                    ? Score.cleared(student.sub(), change.scaleMaximum(), change.at())
                    : new Score(student.sub(), change.levelPoints(), change.scaleMaximum(), null, change.at()));
        } else {
            Optional<PlanningPeriod> period = periods.on(change.courseId(), LocalDate.ofInstant(change.at(), ZoneOffset.UTC));
            if (period.isEmpty()) return;
            Set<UUID> counted = counted(period.get(), prioritized);
            if (!counted.contains(change.standardId())) return;
            OptionalDouble mean = periodMean(counted,
                    masteryRows.ofStudent(change.registrationId(), change.courseId(), change.studentId()));
            UUID lineItem = deliveries.lineItem(new LineItemSpec(change.registrationId(), change.courseId(),
                    LineItemKind.PERIOD, period.get().id(), period.get().name(), change.scaleMaximum(),
                    ags.lineItems(), Optional.empty()));
            // The worker reads this mean again when it sends it (PeriodScores): a simultaneous change of another
            // of the student's standards is not visible here.
            deliveries.enqueue(lineItem, mean.isEmpty()
                    ? Score.cleared(student.sub(), change.scaleMaximum(), change.at())
                    : new Score(student.sub(), mean.getAsDouble(), change.scaleMaximum(), null, change.at()));
        }
    }

    /** The standards a period's column averages: its target standards, or all prioritized ones when it has none. */
    static Set<UUID> counted(PlanningPeriod period, Set<UUID> prioritized) {
        return period.targetStandards().isEmpty() ? prioritized : Set.copyOf(period.targetStandards());
    }

    /** The student's mean level over the counted standards, to two decimals (what an LMS shows); empty without levels. */
    static OptionalDouble periodMean(Set<UUID> counted, List<Mastery> levels) {
        double sum = 0;
        int n = 0;
        for (Mastery m : levels) {
            if (m.levelPoints() != null && counted.contains(m.standardId())) {
                sum += m.levelPoints();
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(periodScore(sum, n));
    }

    /** The mean level over the period's standards, to two decimals (what an LMS shows). */
    static double periodScore(double sum, int count) {
        return Math.round(sum / count * 100.0) / 100.0;
    }

    /** "CODE statement", cut to the 255 characters LMS labels hold; the identifier when there is no code. */
    static String label(Standard standard) {
        String code = standard.code() == null || standard.code().isBlank() ? standard.identifier() : standard.code();
        String statement = standard.statement() == null ? "" : standard.statement().strip();
        String label = statement.isEmpty() ? code : code + " " + statement;
        return label.length() <= 120 ? label : label.substring(0, 119) + "…";
    }
}
