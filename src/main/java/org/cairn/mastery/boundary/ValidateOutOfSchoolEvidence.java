package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.cairn.mastery.control.EvidenceNotFound;
import org.cairn.mastery.control.EvidenceRecords;
import org.cairn.mastery.control.MasteryRefused;
import org.cairn.mastery.entity.Evidence;

/** A teacher accepts or rejects out-of-school learning a student submitted; only accepted learning counts. */
@ApplicationScoped
public class ValidateOutOfSchoolEvidence {

    @Inject
    EvidenceRecords records;

    @Inject
    RecomputeMastery recompute;

    @Inject
    Clock clock;

    @Transactional
    public RecordEvidence.Recorded accept(UUID registrationId, UUID evidenceId, String by, String note) {
        Evidence e = records.find(registrationId, evidenceId).orElseThrow(() -> new EvidenceNotFound(evidenceId));
        MasteryRefused.guard(() -> {
            e.validate(by, note, clock.instant());
            return e;
        });
        return new RecordEvidence.Recorded(e, recompute.recompute(registrationId, e.courseId(), e.studentId(), e.standardId()));
    }

    @Transactional
    public RecordEvidence.Recorded reject(UUID registrationId, UUID evidenceId, String by, String why) {
        Evidence e = records.find(registrationId, evidenceId).orElseThrow(() -> new EvidenceNotFound(evidenceId));
        MasteryRefused.guard(() -> {
            e.reject(by, why, clock.instant());
            return e;
        });
        return new RecordEvidence.Recorded(e, recompute.recompute(registrationId, e.courseId(), e.studentId(), e.standardId()));
    }
}
