package org.cairn.plans.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * A specific, measurable goal in a learning plan, with a target date inside its planning period. Every edit
 * (text, target, date, status) first records a {@link GoalRevision} with the previous values, so nothing a
 * student or teacher wrote is silently overwritten. A goal agreed in a conference records that conference.
 */
@Entity
@Table(name = "goal")
@NamedQuery(name = "Goal.ofPlan", query = "SELECT g FROM Goal g WHERE g.planId = :planId ORDER BY g.createdAt, g.id")
@NamedQuery(name = "Goal.ofPlans", query = "SELECT g FROM Goal g WHERE g.planId IN :planIds ORDER BY g.createdAt, g.id")
public class Goal {

    enum TargetKind { REACH_LEVEL, COUNT_PER }

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "period_id", nullable = false)
    private UUID periodId;

    @Column(name = "goal_text", nullable = false)
    private String text;

    @Column(name = "serves_standard_id")
    @Convert(converter = OptionalUuid.class)
    private UUID servesStandardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "serves_habit")
    private Habit servesHabit;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private TargetKind targetKind;

    @Column(name = "target_standard_id")
    @Convert(converter = OptionalUuid.class)
    private UUID targetStandardId;

    @Column(name = "target_level_points")
    private Integer targetLevelPoints;

    @Column(name = "target_quantity")
    private Integer targetQuantity;

    @Column(name = "target_unit")
    private String targetUnit;

    @Column(name = "target_times")
    private Integer targetTimes;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_per")
    private GoalTarget.Per targetPer;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private GoalStatus status;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false)
    private Role authorRole;

    @Column(name = "agreed_in_conference")
    @Convert(converter = OptionalUuid.class)
    private UUID conferenceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "goal_revision", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    private List<GoalRevision> revisions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "goal_progress", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    private List<GoalProgress> progress = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Goal() {
        // JPA
    }

    private Goal(LearningPlan plan, PlanningPeriod period, GoalDraft draft, Actor author, UUID conferenceId, Instant now) {
        if (!plan.courseId().equals(period.courseId())) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                    Phrase.of("plans.problem.periodOfAnotherCourse", period.described()));
        }
        this.id = UUID.randomUUID();
        this.planId = plan.id();
        this.periodId = period.id();
        this.status = GoalStatus.ACTIVE;
        this.authorId = author.personId();
        this.authorRole = author.role();
        this.conferenceId = conferenceId;
        this.createdAt = now;
        apply(draft, period);
        this.updatedAt = now;
    }

    /** A goal the student or a teacher sets in the plan during a period. */
    public static Goal set(LearningPlan plan, PlanningPeriod period, GoalDraft draft, Actor author, Instant now) {
        return new Goal(plan, period, draft, author, null, now);
    }

    /** A goal the student and teacher agreed in a conference: it lands in the plan and remembers the conference. */
    public static Goal agreedIn(Conference conference, LearningPlan plan, PlanningPeriod period, GoalDraft draft,
                                Actor author, Instant now) {
        if (!conference.planId().equals(plan.id())) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.conferenceOfAnotherPlan",
                    String.valueOf(conference.id()), String.valueOf(plan.id())));
        }
        return new Goal(plan, period, draft, author, conference.id(), now);
    }

    /** Changes what the goal says; the previous wording, target and date are kept as a revision. */
    public void revise(GoalDraft draft, PlanningPeriod period, Actor by, Instant now) {
        if (!period.id().equals(periodId)) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                    Phrase.of("plans.problem.goalStaysInPeriod", period.described()));
        }
        if (draft().equals(draft)) return;
        // Check before remembering, so a refused edit leaves neither a change nor a revision behind.
        requireInside(period, draft.targetDate());
        remember(by, now);
        apply(draft, period);
        this.updatedAt = now;
    }

    public void changeStatus(GoalStatus newStatus, Actor by, Instant now) {
        Objects.requireNonNull(newStatus, "status");
        if (newStatus == status) return;
        remember(by, now);
        this.status = newStatus;
        this.updatedAt = now;
    }

    public void recordProgress(LocalDate on, String note, Double value, Actor by, Instant now) {
        Objects.requireNonNull(on, "on");
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (cleaned != null && cleaned.length() > GoalProgress.NOTE_MAX) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.progressNoteTooLong",
                    String.valueOf(cleaned.length()), String.valueOf(GoalProgress.NOTE_MAX)));
        }
        if (cleaned == null && value == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.progressEmpty"));
        }
        if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                    Phrase.of("plans.problem.progressValue", String.valueOf(value)));
        }
        progress.add(new GoalProgress(on, now, by.personId(), cleaned, value));
        this.updatedAt = now;
    }

    private void remember(Actor by, Instant now) {
        revisions.add(new GoalRevision(now, by, text, target().phrase(), targetDate, status));
    }

    private static void requireInside(PlanningPeriod period, LocalDate targetDate) {
        if (!period.contains(targetDate)) {
            throw PlanProblem.invalid(PlanProblem.GOAL_OUTSIDE_PERIOD, Phrase.of("plans.problem.targetDateOutsidePeriod",
                    String.valueOf(targetDate), period.described(), period.startsOn().toString(),
                    period.endsOn().toString()));
        }
    }

    private void apply(GoalDraft draft, PlanningPeriod period) {
        requireInside(period, draft.targetDate());
        this.text = draft.text();
        this.servesStandardId = draft.focus().standardId();
        this.servesHabit = draft.focus().habit();
        this.targetDate = draft.targetDate();
        this.targetStandardId = null;
        this.targetLevelPoints = null;
        this.targetQuantity = null;
        this.targetUnit = null;
        this.targetTimes = null;
        this.targetPer = null;
        if (draft.target() instanceof GoalTarget.ReachLevel level) {
            this.targetKind = TargetKind.REACH_LEVEL;
            this.targetStandardId = level.standardId();
            this.targetLevelPoints = level.levelPoints();
        } else {
            GoalTarget.CountPer count = (GoalTarget.CountPer) draft.target();
            this.targetKind = TargetKind.COUNT_PER;
            this.targetQuantity = count.quantity();
            this.targetUnit = count.unit();
            this.targetTimes = count.times();
            this.targetPer = count.per();
        }
    }

    public GoalDraft draft() {
        return new GoalDraft(text, focus(), target(), targetDate);
    }

    public GoalFocus focus() {
        return new GoalFocus(servesStandardId, servesHabit);
    }

    public GoalTarget target() {
        return targetKind == TargetKind.REACH_LEVEL
                ? new GoalTarget.ReachLevel(targetStandardId, targetLevelPoints)
                : new GoalTarget.CountPer(targetQuantity, targetUnit, targetTimes, targetPer);
    }

    /** Active with a target date before today. */
    public boolean isPastDue(LocalDate today) {
        return status == GoalStatus.ACTIVE && targetDate.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID periodId() {
        return periodId;
    }

    public String text() {
        return text;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public GoalStatus status() {
        return status;
    }

    public UUID authorId() {
        return authorId;
    }

    public Role authorRole() {
        return authorRole;
    }

    public Optional<UUID> conferenceId() {
        return Optional.ofNullable(conferenceId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<GoalRevision> revisions() {
        return List.copyOf(revisions);
    }

    public List<GoalProgress> progress() {
        return List.copyOf(progress);
    }

    /** The {@code @Version} of this goal: its text, target, date, status and progress; a page sends it back with its save (StaleSave). */
    public long version() {
        return version;
    }
}
