package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.mastery.control.EvidenceNotFound;
import org.cairn.mastery.control.EvidenceRecords;
import org.cairn.mastery.control.MasteryRefused;
import org.cairn.mastery.entity.Evidence;

/**
 * Corrects evidence: a new piece supersedes the old, which is kept (CORRECTED, with who, when and why), and mastery
 * is recomputed for that student and standard.
 */
@ApplicationScoped
public class CorrectEvidence {

    @Inject
    EvidenceRecords records;

    @Inject
    MasteryScales scales;

    @Inject
    RecomputeMastery recompute;

    @Inject
    Clock clock;

    @Transactional
    public RecordEvidence.Recorded correct(UUID registrationId, UUID evidenceId, double points, LocalDate observedOn,
                                           String by, String why) {
        Evidence old = records.find(registrationId, evidenceId).orElseThrow(() -> new EvidenceNotFound(evidenceId));
        RecordEvidence.requireOnScale(scales.forCourse(registrationId, old.courseId()), points);
        Evidence correction = MasteryRefused.guard(() -> old.correct(points, observedOn, by, why, clock.instant()));
        records.add(correction);
        return new RecordEvidence.Recorded(correction,
                recompute.recompute(registrationId, old.courseId(), old.studentId(), old.standardId()));
    }
}
