package org.cairn.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.i18n.PhraseText;

/**
 * One edit of a goal: who, when, in which role, and what the goal said before. The previous target is kept as a
 * bundle key and arguments (V20), phrased in the reader's language; a revision kept before has it as an English
 * sentence, shown as written.
 */
@Embeddable
public class GoalRevision {

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", nullable = false)
    @Convert(converter = OptionalUuid.class)
    private UUID revisedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "revised_by_role", nullable = false)
    private Role revisedByRole;

    @Column(name = "previous_text", nullable = false)
    private String previousText;

    /** The previous target as an English sentence: revisions kept before V20 only. */
    @Column(name = "previous_target")
    private String previousTarget;

    @Convert(converter = PhraseText.class)
    @Column(name = "previous_target_phrase")
    private Phrase previousTargetPhrase;

    @Column(name = "previous_target_date", nullable = false)
    private LocalDate previousTargetDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    private GoalStatus previousStatus;

    protected GoalRevision() {
        // JPA
    }

    GoalRevision(Instant revisedAt, Actor by, String previousText, Phrase previousTarget,
                 LocalDate previousTargetDate, GoalStatus previousStatus) {
        this.revisedAt = revisedAt;
        this.revisedBy = by.personId();
        this.revisedByRole = by.role();
        this.previousText = previousText;
        this.previousTargetPhrase = previousTarget;
        this.previousTargetDate = previousTargetDate;
        this.previousStatus = previousStatus;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public UUID revisedBy() {
        return revisedBy;
    }

    public Role revisedByRole() {
        return revisedByRole;
    }

    public String previousText() {
        return previousText;
    }

    /** The previous target in words, for the reader's language; a revision kept before V20 gives its sentence. */
    public Phrase previousTarget() {
        if (previousTargetPhrase != null) return previousTargetPhrase;
        return Phrase.asWritten(previousTarget == null ? "" : previousTarget);
    }

    public LocalDate previousTargetDate() {
        return previousTargetDate;
    }

    public GoalStatus previousStatus() {
        return previousStatus;
    }
}
