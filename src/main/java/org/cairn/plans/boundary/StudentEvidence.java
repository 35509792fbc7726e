package org.cairn.plans.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.mastery.boundary.RecordEvidence;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.plans.control.CourseFacts;
import org.cairn.plans.control.LearningPlans;
import org.cairn.plans.control.PlanAuthorization;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanProblem;

/**
 * Student agency from the plan: a self-assessment and out-of-school learning, recorded as evidence by the mastery
 * feature (in-process, {@link RecordEvidence}). Out-of-school evidence waits for a teacher's validation there; the
 * student never sets a mastery level.
 */
@ApplicationScoped
public class StudentEvidence {

    public static final int NOTE_MAX = 2000;

    /** What the plan shows after a submission. */
    public record Submitted(UUID evidenceId, UUID standardId, double points, String source, String status) {
    }

    @Inject
    LearningPlans plans;

    @Inject
    CourseFacts facts;

    @Inject
    RecordEvidence record;

    @Inject
    Clock clock;

    @Transactional
    public Submitted selfAssess(Actor actor, UUID registrationId, UUID planId, PlanJson.EvidenceBody body) {
        return submit(actor, registrationId, planId, body, EvidenceSource.SELF_ASSESSMENT);
    }

    @Transactional
    public Submitted outOfSchool(Actor actor, UUID registrationId, UUID planId, PlanJson.EvidenceBody body) {
        if (body != null && (body.note == null || body.note.isBlank())) {
            throw ProblemException.badRequest(Phrase.of("plans.problem.describeOutOfSchool"));
        }
        return submit(actor, registrationId, planId, body, EvidenceSource.OUT_OF_SCHOOL);
    }

    private Submitted submit(Actor actor, UUID registrationId, UUID planId, PlanJson.EvidenceBody body, EvidenceSource source) {
        LearningPlan plan = plans.find(planId).orElseThrow(() -> PlanProblem.planNotFound(planId));
        // The student's own words about their own learning: only the student submits them, like a reflection.
        PlanAuthorization.writeReflection(actor, plan);
        if (body == null || body.standardId == null || body.points == null) {
            throw ProblemException.badRequest(Phrase.of("plans.problem.selfAssessmentIncomplete"));
        }
        if (facts.standards(registrationId, plan.courseId()).stream().noneMatch(s -> s.standardId().equals(body.standardId))) {
            throw ProblemException.badRequest(Phrase.of("plans.problem.notACourseStandard", String.valueOf(body.standardId)));
        }
        String note = body.note == null || body.note.isBlank() ? null : body.note.strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw ProblemException.badRequest(Phrase.of("plans.problem.evidenceNoteTooLong", String.valueOf(note.length()),
                    String.valueOf(NOTE_MAX)));
        }
        URI artifact = null;
        if (body.artifact != null && !body.artifact.isBlank()) {
            try {
                artifact = URI.create(body.artifact.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(Phrase.of("plans.problem.linkInvalid", body.artifact.strip()));
            }
            if (!"https".equalsIgnoreCase(artifact.getScheme()) && !"http".equalsIgnoreCase(artifact.getScheme())) {
                throw ProblemException.badRequest(Phrase.of("plans.problem.linkScheme"));
            }
        }
        RecordEvidence.Recorded recorded = record.record(new RecordEvidence.NewEvidence(registrationId, plan.courseId(),
                plan.studentId(), body.standardId, body.points, LocalDate.now(clock), source,
                actor.personId().toString(), note, artifact));
        return new Submitted(recorded.evidence().id(), body.standardId, body.points, source.name(),
                recorded.evidence().status().name());
    }
}
