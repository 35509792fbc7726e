package org.cairn.mastery.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.control.Heatmap;
import org.cairn.mastery.control.Observation;
import org.cairn.mastery.control.StudentProfile;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;

/**
 * The JSON shapes of the mastery API. Students are named from the roster (names are for people, never for logs);
 * every level travels with its label and colour so no view shows colour alone.
 */
public final class MasteryJson {

    private MasteryJson() {
    }

    /** The class heatmap: the scale's levels (legend), the course's standards, a row per student, the class row. */
    public record HeatmapView(List<Scale.Level> levels, List<Heatmap.Column> standards, List<Row> rows,
                              List<Heatmap.Share> classRow) {
    }

    public record Row(UUID studentId, String name, List<Heatmap.Cell> cells) {
    }

    /** A student's level on every standard of the course, with a trend series per standard. */
    public record ProfileView(UUID studentId, String name, List<Scale.Level> levels,
                              List<StudentProfile.Standing> standards) {
    }

    /** One piece of evidence as people read it; authorName is null when the author is not (or no longer) enrolled. */
    public record EvidenceView(UUID id, UUID studentId, UUID standardId, double points, String levelLabel,
                               LocalDate observedOn, Instant recordedAt, EvidenceSource source, EvidenceStatus status,
                               boolean counts, String author, String authorName, String note, String artifact,
                               UUID supersedes, String statusChangedBy, String statusChangedByName,
                               Instant statusChangedAt, String statusReason) {
    }

    /** A teacher's override in force. */
    public record OverrideView(double points, String label, String note, String setBy, String setByName, Instant setAt) {
    }

    /** Every piece of evidence of one student on one standard, corrections and their originals included. */
    public record TimelineView(UUID studentId, String studentName, Heatmap.Column standard, Heatmap.Cell current,
                               OverrideView override, List<EvidenceView> evidence) {
    }

    /** One method's outcome on the same evidence. */
    public record OutcomeView(MethodSettings method, Double score, String shownScore, Scale.Level level,
                              List<Observation> used, List<Excluded> excluded, List<String> steps) {
    }

    public record Excluded(Observation evidence, String reason) {
    }

    /** "Explain my level": the chosen method step by step, and what each other method would give. */
    public record ExplanationView(UUID studentId, Heatmap.Column standard, Heatmap.Cell current, OverrideView override,
                                  OutcomeView chosen, List<OutcomeView> alternatives) {
    }

    /** What a write gives back: the evidence as stored and the student's level on that standard now. */
    public record Recorded(EvidenceView evidence, Heatmap.Cell level) {
    }

    /** Quick entry's answer: the new level of each student. */
    public record BatchRecorded(UUID standardId, List<StudentCell> levels) {
    }

    public record StudentCell(UUID studentId, Heatmap.Cell level) {
    }

    /** Out-of-school learning waiting for a teacher. */
    public record Pending(EvidenceView evidence, String studentName, Heatmap.Column standard) {
    }

    /** The course's method and each standard's own (standardId set). */
    public record MethodsView(MethodSettings course, List<StandardMethod> standards, List<MethodKind> kinds) {
    }

    public record StandardMethod(UUID standardId, MethodSettings method) {
    }
}
