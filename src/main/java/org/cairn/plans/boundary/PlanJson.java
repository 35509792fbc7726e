package org.cairn.plans.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cairn.plans.control.TeacherOverview;
import org.cairn.plans.entity.AboutMeField;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.ConferenceStatus;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalFocus;
import org.cairn.plans.entity.GoalProgress;
import org.cairn.plans.entity.GoalRevision;
import org.cairn.plans.entity.GoalStatus;
import org.cairn.plans.entity.GoalTarget;
import org.cairn.plans.entity.Habit;
import org.cairn.plans.entity.PlanTemplate;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.entity.Reflection;
import org.cairn.plans.entity.ReflectionAnswer;
import org.cairn.plans.entity.Role;
import org.cairn.plans.entity.Visibility;

/**
 * The JSON shapes of the plans API. Request bodies are classes with public fields (Payara's OpenAPI generator
 * and Bean Validation on record components do not mix, docs/decisions/002); replies are records with plain
 * nullable fields (the API's mapper has no Optional support).
 * <p>
 * What a page edits (a plan's prompts, "about me", the template, a goal) comes with the row's {@code version}; a
 * save may send it back, and is refused (409, {@code reason: simultaneous-save}) when the row has been saved since
 * (StaleSave). A save without it is not checked; its answer carries the new version either way.
 */
public final class PlanJson {

    private PlanJson() {
    }

    // ---- requests

    public static class PeriodBody {
        public String name;
        public LocalDate startsOn;
        public LocalDate endsOn;
        public List<UUID> targetStandards;
    }

    public static class TargetsBody {
        public List<UUID> targetStandards;
    }

    public static class TemplateBody {
        public List<String> prompts;
        public List<String> goalSuggestions;
        public ConferenceCadence cadence;
        public Integer conferenceMinutes;
        /** The template's version as the page loaded it (0 when it showed the defaults); optional. */
        public Long version;
    }

    public static class TargetBody {
        /** REACH_LEVEL (standardId, levelPoints) or COUNT_PER (quantity, unit, times, per). */
        public String kind;
        public UUID standardId;
        public Integer levelPoints;
        public Integer quantity;
        public String unit;
        public Integer times;
        public GoalTarget.Per per;
    }

    public static class GoalBody {
        /** The period the goal belongs to; the running one when left out. */
        public UUID periodId;
        public String text;
        public UUID standardId;
        public Habit habit;
        public TargetBody target;
        public LocalDate targetDate;
        /** Revising a goal: its version as the page loaded it; optional, and not read when a goal is set. */
        public Long version;
    }

    public static class StatusBody {
        public GoalStatus status;
    }

    public static class ProgressBody {
        public LocalDate on;
        public String note;
        public Double value;
    }

    public static class ReflectionBody {
        public UUID periodId;
        public Map<String, String> answers;
        public Map<Habit, Integer> ratings;
    }

    public static class PromptsBody {
        public List<String> prompts;
        /** The plan's version as the page loaded it; optional. */
        public Long version;
    }

    public static class AboutMeBody {
        public String text;
        public Visibility visibility;
        /** The version of "about me" as the page loaded it (every field carries it); optional. */
        public Long version;
    }

    public static class EvidenceBody {
        public UUID standardId;
        public Double points;
        public String note;
        public String artifact;
    }

    public static class SlotBody {
        public LocalDate date;
        public LocalTime startsAt;
        public Integer minutes;
        public String label;
    }

    public static class BookingBody {
        public List<Booking> conferences;
    }

    public static class Booking {
        public UUID studentId;
        public LocalDate date;
        public LocalTime startsAt;
        public Integer minutes;
    }

    public static class HoldBody {
        public String notes;
        public boolean shareable;
    }

    // ---- replies

    public record PeriodView(UUID id, String name, LocalDate startsOn, LocalDate endsOn, List<UUID> targetStandards,
                             boolean current) {
        static PeriodView of(PlanningPeriod p, LocalDate today) {
            return new PeriodView(p.id(), p.name(), p.startsOn(), p.endsOn(), p.targetStandards(), p.contains(today));
        }
    }

    /** The course's template; {@code version} 0 while the course has none ({@code custom} false, the defaults). */
    public record TemplateView(List<String> prompts, List<String> goalSuggestions, ConferenceCadence cadence,
                               int conferenceMinutes, boolean custom, long version) {
        static TemplateView of(PlanTemplate t) {
            return new TemplateView(t.reflectionPrompts(), t.goalSuggestions(), t.cadence(), t.conferenceMinutes(), true,
                    t.version());
        }

        static TemplateView defaults() {
            return new TemplateView(PlanTemplate.DEFAULT_PROMPTS, List.of(), PlanTemplate.DEFAULT_CADENCE,
                    PlanTemplate.DEFAULT_CONFERENCE_MINUTES, false, 0);
        }
    }

    /** A plan's reflection prompts after a save, with the plan's new version. */
    public record PromptsView(List<String> prompts, long version) {
        static PromptsView of(org.cairn.plans.entity.LearningPlan plan) {
            return new PromptsView(plan.reflectionPrompts(), plan.version());
        }
    }

    public record TargetView(String kind, UUID standardId, Integer levelPoints, Integer quantity, String unit,
                             Integer times, GoalTarget.Per per) {
        static TargetView of(GoalTarget target) {
            if (target instanceof GoalTarget.ReachLevel r) {
                return new TargetView("REACH_LEVEL", r.standardId(), r.levelPoints(), null, null, null, null);
            }
            GoalTarget.CountPer c = (GoalTarget.CountPer) target;
            return new TargetView("COUNT_PER", null, null, c.quantity(), c.unit(), c.times(), c.per());
        }
    }

    public record ProgressView(LocalDate on, Instant recordedAt, UUID recordedBy, String note, Double value) {
        static ProgressView of(GoalProgress p) {
            return new ProgressView(p.on(), p.recordedAt(), p.recordedBy(), p.note().orElse(null), p.value().orElse(null));
        }
    }

    public record RevisionView(Instant revisedAt, UUID revisedBy, Role revisedByRole, String previousText,
                               String previousTarget, LocalDate previousTargetDate, GoalStatus previousStatus) {
        /** previousTarget in the reader's language (the session's locale). */
        static RevisionView of(GoalRevision r, Locale reader) {
            return new RevisionView(r.revisedAt(), r.revisedBy(), r.revisedByRole(), r.previousText(),
                    r.previousTarget().in(reader), r.previousTargetDate(), r.previousStatus());
        }
    }

    public record GoalView(UUID id, UUID planId, UUID periodId, String text, UUID standardId, Habit habit,
                           TargetView target, LocalDate targetDate, GoalStatus status, boolean pastDue,
                           UUID authorId, Role authorRole, UUID conferenceId, Instant createdAt, Instant updatedAt,
                           List<ProgressView> progress, List<RevisionView> revisions, long version) {
        static GoalView of(Goal g, LocalDate today, Locale reader) {
            GoalFocus focus = g.focus();
            return new GoalView(g.id(), g.planId(), g.periodId(), g.text(), focus.standardId(), focus.habit(),
                    TargetView.of(g.target()), g.targetDate(), g.status(), g.isPastDue(today), g.authorId(),
                    g.authorRole(), g.conferenceId().orElse(null), g.createdAt(), g.updatedAt(),
                    g.progress().stream().map(ProgressView::of).toList(),
                    g.revisions().stream().map(r -> RevisionView.of(r, reader)).toList(), g.version());
        }
    }

    public record AnswerView(String prompt, String answer) {
        static AnswerView of(ReflectionAnswer a) {
            return new AnswerView(a.prompt(), a.answer());
        }
    }

    public record ReflectionView(UUID id, UUID periodId, Instant writtenAt, List<AnswerView> answers,
                                 Map<Habit, Integer> ratings) {
        static ReflectionView of(Reflection r) {
            Map<Habit, Integer> ratings = new java.util.EnumMap<>(Habit.class);
            for (Habit h : Habit.values()) r.rating(h).ifPresent(v -> ratings.put(h, v));
            return new ReflectionView(r.id(), r.periodId(), r.writtenAt(), r.answers().stream().map(AnswerView::of).toList(),
                    ratings);
        }
    }

    /**
     * One "about me" field; {@code visibility} and {@code version} (of "about me" as a whole, the same in every field;
     * 0 before the first save) are shown to the student only, who alone writes it.
     */
    public record AboutMeFieldView(AboutMeField field, String text, Visibility visibility, Long version) {
    }

    /**
     * A conference as the plan shows it. {@code notes} are there for teachers, and for the student only when the
     * teacher marked them shareable.
     */
    public record ConferenceView(UUID id, UUID planId, UUID studentId, String studentName, LocalDate date,
                                 LocalTime startsAt, int minutes, ConferenceStatus status, String notes,
                                 boolean notesShareable, Instant heldAt, List<GoalView> agreedGoals) {
        static ConferenceView of(Conference c, String studentName, boolean teacher, List<GoalView> agreed) {
            String notes = teacher || c.notesShareable() ? c.notes().orElse(null) : null;
            return new ConferenceView(c.id(), c.planId(), c.studentId(), studentName, c.scheduledOn(), c.startsAt(),
                    c.minutes(), c.status(), notes, c.notesShareable(), c.heldAt().orElse(null), agreed);
        }
    }

    /** A level on the course's scale; all null when there is no evidence yet. */
    public record LevelView(Double points, String label, String colour, boolean mastery, int evidenceCount) {
    }

    public record StandardView(UUID standardId, String code, String statement, String unitName, LevelView level) {
    }

    public record ScaleLevelView(double points, String label, boolean mastery) {
    }

    public record NextStepView(UUID standardId, String code, String reason) {
    }

    /** The plan page; {@code version} is the plan's, which guards its prompts ({@code PUT plans/{id}/prompts}). */
    public record PlanView(UUID id, UUID studentId, String studentName, Instant createdAt, List<String> prompts,
                           List<String> goalSuggestions, PeriodView period, List<PeriodView> periods,
                           List<StandardView> targets, List<StandardView> standards, List<ScaleLevelView> scale,
                           List<GoalView> goals, List<ReflectionView> reflections, List<AboutMeFieldView> aboutMe,
                           NextStepView nextStep, List<ConferenceView> conferences, long version) {
    }

    public record OverviewRow(UUID planId, UUID studentId, String studentName, Map<GoalStatus, Integer> goalCounts,
                              LocalDate lastConference, Instant lastReflection, LocalDate nextConference,
                              List<TeacherOverview.Attention> attention, boolean needsAttention, boolean overdue) {
    }

    public record Overview(PeriodView currentPeriod, ConferenceCadence cadence, int conferenceMinutes,
                           List<OverviewRow> rows) {
    }

    public record SlotView(UUID id, LocalDate date, LocalTime startsAt, int minutes, String label) {
    }

    public record ProposalView(UUID studentId, String studentName, LocalDate date, LocalTime startsAt, int minutes,
                               List<String> why) {
    }

    public record ScheduleView(LocalDate from, LocalDate to, ConferenceCadence cadence, int conferenceMinutes,
                               List<SlotView> slots, List<ProposalView> proposed, List<ProposalView> unscheduled,
                               int minutesShort, List<ConferenceView> scheduled) {
    }

    public record OverdueView(UUID planId, UUID studentId, String studentName, LocalDate lastConference,
                              Long daysOverdue) {
    }

    public record LevelMoveView(UUID standardId, String code, Integer before, Integer now) {
    }

    /** The one-screen conference: the record, what changed since the last one, goals due, the latest reflection. */
    public record ConferenceScreen(ConferenceView conference, Instant since, Map<String, Integer> newEvidence,
                                   List<LevelMoveView> movedUp, List<LevelMoveView> movedDown, List<GoalView> goalsDue,
                                   ReflectionView latestReflection, List<GoalView> activeGoals, PeriodView period) {
    }

    public record SummarySection(String heading, List<String> lines) {
    }

    public record FamilySummaryView(String language, String title, String intro, List<SummarySection> sections,
                                    String text) {
    }
}
