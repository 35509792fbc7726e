package org.cairn.grades.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.grades.control.LmsResults;
import org.cairn.grades.entity.AgsResult;
import org.cairn.grades.entity.ResultMapping;
import org.cairn.infra.i18n.Phrase;
import org.cairn.mastery.boundary.RecordEvidence;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.roster.control.Roster;
import org.cairn.session.entity.CourseRole;

/**
 * Records one LMS result as evidence, in its own transaction: the "read once" row and the evidence commit
 * together, so a result is recorded exactly once even across restarts and nodes (the read row's primary key).
 */
@ApplicationScoped
public class ResultRecording {

    @Inject
    OutboxTransactions transactions;

    @Inject
    RecordEvidence recordEvidence;

    @Inject
    MasteryScales scales;

    @Inject
    Roster roster;

    @Inject
    Clock clock;

    private final LmsResults results = new LmsResults();

    /** True when the result became evidence now; false when it was recorded before or is not a student's. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(ResultMapping mapping, AgsResult result) {
        if (result.resultScore().isEmpty()) return false;
        Optional<UUID> student = roster.members(mapping.courseId()).stream()
                .filter(m -> m.role() == CourseRole.STUDENT && m.sub().equals(result.userId()))
                .map(Roster.Member::personId).findFirst();
        if (student.isEmpty()) return false;
        String key = result.key();
        boolean first = transactions.inCurrentTransaction(c -> results.firstRead(c, mapping.id(), result.userId(), key, clock.instant()));
        if (!first) return false;
        var scale = scales.forCourse(mapping.registrationId(), mapping.courseId());
        double maximum = result.resultMaximum().filter(m -> m > 0).orElse(1.0);
        double points = LmsResults.toScale(result.resultScore().get(), maximum, scale);
        var recorded = recordEvidence.record(new RecordEvidence.NewEvidence(mapping.registrationId(), mapping.courseId(),
                student.get(), mapping.standardId(), points, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                EvidenceSource.LMS_RESULT, "LMS", truncate("LMS result on " + mapping.label() + ": "
                        + format(result.resultScore().get()) + " / " + format(maximum), 1000), mapping.lineItemUrl()));
        transactions.inCurrentTransaction(c -> {
            results.recorded(c, mapping.id(), result.userId(), key, recorded.evidence().id());
            return null;
        });
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void outcome(ResultMapping mapping, Phrase error) {
        transactions.inCurrentTransaction(c -> {
            results.readOutcome(c, mapping.id(), clock.instant(), error);
            return null;
        });
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
