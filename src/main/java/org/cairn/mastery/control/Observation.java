package org.cairn.mastery.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;

/**
 * One piece of evidence as the calculations see it: no JPA, just the facts that matter to a method.
 */
public record Observation(UUID id, double points, LocalDate observedOn, Instant recordedAt,
                          EvidenceSource source, EvidenceStatus status) {

    /**
     * Evidence is ordered by the date it was observed, not the date it was entered (a teacher catching up on
     * Friday does not make Monday's quiz the latest); same-day ties by when it was recorded, then by id so the
     * order is total and repeatable.
     */
    public static final Comparator<Observation> CHRONOLOGICAL = Comparator.comparing(Observation::observedOn)
            .thenComparing(Observation::recordedAt)
            .thenComparing(Observation::id);

    public Observation {
        if (id == null || observedOn == null || recordedAt == null || source == null || status == null) {
            throw new IllegalArgumentException("an observation needs id, observedOn, recordedAt, source and status");
        }
    }
}
