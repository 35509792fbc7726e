package org.cairn.plans.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One student's plan in one course (unique per student and course). It starts from the course's template
 * (copied, so a later template change does not rewrite plans already in use) and is the anchor of the
 * student's goals, reflections, "about me" profile and conferences, which live in their own rows. Target
 * standards are not stored here: they are the current planning period's, with live mastery.
 */
@Entity
@Table(name = "learning_plan")
@NamedQuery(name = "LearningPlan.ofCourse",
        query = "SELECT p FROM LearningPlan p WHERE p.courseId = :courseId ORDER BY p.createdAt, p.id")
@NamedQuery(name = "LearningPlan.ofStudent",
        query = "SELECT p FROM LearningPlan p WHERE p.courseId = :courseId AND p.studentId = :studentId")
public class LearningPlan {

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(name = "started_from_template")
    @Convert(converter = OptionalUuid.class)
    private UUID templateId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_plan_prompt", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "prompt", nullable = false)
    private List<String> reflectionPrompts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_plan_goal_suggestion", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "suggestion", nullable = false)
    private List<String> goalSuggestions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LearningPlan() {
        // JPA
    }

    private LearningPlan(UUID courseId, UUID studentId, UUID templateId, List<String> prompts,
                         List<String> suggestions, Instant now) {
        this.id = UUID.randomUUID();
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.templateId = templateId;
        this.reflectionPrompts = new ArrayList<>(prompts);
        this.goalSuggestions = new ArrayList<>(suggestions);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** A new plan from the course's template when there is one, else from the defaults. */
    public static LearningPlan start(UUID courseId, UUID studentId, Optional<PlanTemplate> template, Instant now) {
        return template
                .map(t -> new LearningPlan(courseId, studentId, t.id(), t.reflectionPrompts(), t.goalSuggestions(), now))
                .orElseGet(() -> new LearningPlan(courseId, studentId, null, PlanTemplate.DEFAULT_PROMPTS, List.of(), now));
    }

    /** A teacher adapts the prompts for this student; reflections already written keep their own prompt text. */
    public void editPrompts(List<String> prompts) {
        this.reflectionPrompts = new ArrayList<>(PlanTemplate.checkedPrompts(prompts));
    }

    /** Only as the first step of writing the prompts anew, flushed before {@link #editPrompts} (LearningPlans.editPrompts). */
    public void clearPrompts() {
        this.reflectionPrompts = new ArrayList<>();
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID studentId() {
        return studentId;
    }

    public Optional<UUID> templateId() {
        return Optional.ofNullable(templateId);
    }

    public List<String> reflectionPrompts() {
        return List.copyOf(reflectionPrompts);
    }

    public List<String> goalSuggestions() {
        return List.copyOf(goalSuggestions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The {@code @Version} of this plan: its prompts and goal suggestions; a page sends it back with its save (StaleSave). */
    public long version() {
        return version;
    }
}
