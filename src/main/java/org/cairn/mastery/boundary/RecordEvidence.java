package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.mastery.control.EvidenceRecords;
import org.cairn.mastery.control.MasteryRefused;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.Mastery;

/** Records one piece of evidence and recomputes mastery for that student and standard only. */
@ApplicationScoped
public class RecordEvidence {

    /** What a teacher (or, for self-assessment and out-of-school learning, a student) records. */
    public record NewEvidence(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, double points,
                              LocalDate observedOn, EvidenceSource source, String author, String note, URI artifact) {
    }

    /** The evidence as stored and the mastery it leads to. */
    public record Recorded(Evidence evidence, Mastery mastery) {
    }

    @Inject
    EvidenceRecords records;

    @Inject
    Frameworks frameworks;

    @Inject
    MasteryScales scales;

    @Inject
    RecomputeMastery recompute;

    @Inject
    Clock clock;

    @Transactional
    public Recorded record(NewEvidence e) {
        var standard = frameworks.standard(e.registrationId(), e.standardId())
                .orElseThrow(() -> ProblemException.notFound(Phrase.of("mastery.problem.noStandard", String.valueOf(e.standardId()))));
        if (standard.retired()) {
            throw new MasteryRefused(MasteryRefused.INVALID, 400, Phrase.of("mastery.problem.standardRetired",
                    String.valueOf(standard.code()), String.valueOf(standard.identifier())));
        }
        requireOnScale(scales.forCourse(e.registrationId(), e.courseId()), e.points());
        Evidence evidence = MasteryRefused.guard(() -> new Evidence(e.registrationId(), e.courseId(), e.studentId(),
                e.standardId(), e.points(), e.observedOn(), e.source(), e.author(), e.note(), e.artifact(), clock.instant()));
        records.add(evidence);
        return new Recorded(evidence, recompute.recompute(e.registrationId(), e.courseId(), e.studentId(), e.standardId()));
    }

    static void requireOnScale(Scale scale, double points) {
        if (!scale.contains(points)) {
            throw new MasteryRefused(MasteryRefused.INVALID, 400, Phrase.of("mastery.problem.offScale",
                    String.valueOf(points), String.valueOf(scale.min()), String.valueOf(scale.max())));
        }
    }
}
