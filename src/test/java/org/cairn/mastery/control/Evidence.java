package org.cairn.mastery.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;

/** Test evidence: scores one day apart from 1 September 2026, recorded on a fixed clock. */
final class Evidence {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final Instant RECORDED = Instant.parse("2026-11-27T12:00:00Z");

    private Evidence() {
    }

    static List<Observation> daily(double... scores) {
        var out = new ArrayList<Observation>();
        for (int i = 0; i < scores.length; i++) out.add(on(START.plusDays(i), scores[i]));
        return out;
    }

    static Observation on(LocalDate day, double points) {
        return new Observation(UUID.randomUUID(), points, day, RECORDED, EvidenceSource.ASSESSMENT, EvidenceStatus.RECORDED);
    }

    static Observation of(LocalDate day, double points, EvidenceSource source, EvidenceStatus status) {
        return new Observation(UUID.randomUUID(), points, day, RECORDED, source, status);
    }
}
