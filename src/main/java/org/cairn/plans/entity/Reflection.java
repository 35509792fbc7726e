package org.cairn.plans.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * A student's reflection in a planning period: answers to the plan's prompts and optional self-ratings of the
 * habits of success (1-4). A period may hold several. Reflections are appended, never edited: a student who
 * thinks again writes a new one, so what was written stays.
 */
@Entity
@Table(name = "reflection")
@NamedQuery(name = "Reflection.ofPlan",
        query = "SELECT r FROM Reflection r WHERE r.planId = :planId ORDER BY r.writtenAt, r.id")
@NamedQuery(name = "Reflection.ofPlans",
        query = "SELECT r FROM Reflection r WHERE r.planId IN :planIds ORDER BY r.writtenAt, r.id")
public class Reflection {

    public static final int ANSWER_MAX = 4000;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "period_id", nullable = false)
    private UUID periodId;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reflection_answer", joinColumns = @JoinColumn(name = "reflection_id"))
    @OrderColumn(name = "position")
    private List<ReflectionAnswer> answers = new ArrayList<>();

    @Column(name = "goal_setting_rating")
    private Integer goalSettingRating;

    @Column(name = "monitoring_rating")
    private Integer monitoringRating;

    @Column(name = "persistence_rating")
    private Integer persistenceRating;

    protected Reflection() {
        // JPA
    }

    /**
     * The student's reflection. {@code answers} maps each prompt of the plan to the answer (blank answers are
     * left out; at least one is needed); {@code ratings} may be empty.
     */
    public static Reflection write(LearningPlan plan, PlanningPeriod period, Map<String, String> answers,
                                   Map<Habit, Integer> ratings, Instant now) {
        Objects.requireNonNull(plan, "plan");
        if (!plan.courseId().equals(period.courseId())) {
            throw PlanProblem.invalid(PlanProblem.INVALID_REFLECTION,
                    Phrase.of("plans.problem.periodOfAnotherCourse", period.described()));
        }
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> prompts = plan.reflectionPrompts();
        for (Map.Entry<String, String> entry : (answers == null ? Map.<String, String>of() : answers).entrySet()) {
            String prompt = entry.getKey();
            if (!prompts.contains(prompt)) {
                throw PlanProblem.invalid(PlanProblem.INVALID_REFLECTION,
                        Phrase.of("plans.problem.notAPrompt", prompt, String.join(" / ", prompts)));
            }
            String answer = entry.getValue();
            if (answer == null || answer.isBlank()) continue;
            answer = answer.strip();
            if (answer.length() > ANSWER_MAX) {
                throw PlanProblem.invalid(PlanProblem.INVALID_REFLECTION, Phrase.of("plans.problem.answerTooLong",
                        prompt, String.valueOf(answer.length()), String.valueOf(ANSWER_MAX)));
            }
            kept.put(prompt, answer);
        }
        if (kept.isEmpty()) {
            throw PlanProblem.invalid(PlanProblem.INVALID_REFLECTION,
                    Phrase.of("plans.problem.reflectionEmpty", String.join(" / ", prompts)));
        }
        Reflection r = new Reflection();
        r.id = UUID.randomUUID();
        r.planId = plan.id();
        r.periodId = period.id();
        r.studentId = plan.studentId();
        r.writtenAt = now;
        // Answers follow the plan's prompt order, whatever order they arrived in.
        for (String prompt : prompts) {
            if (kept.containsKey(prompt)) r.answers.add(new ReflectionAnswer(prompt, kept.get(prompt)));
        }
        Map<Habit, Integer> checked = new EnumMap<>(Habit.class);
        (ratings == null ? Map.<Habit, Integer>of() : ratings).forEach((habit, value) -> {
            if (value == null) return;
            if (value < 1 || value > 4) {
                throw PlanProblem.invalid(PlanProblem.INVALID_REFLECTION, Phrase.of("plans.problem.habitRating",
                        Phrase.of("plans.problem.habit." + habit.name()), String.valueOf(value)));
            }
            checked.put(habit, value);
        });
        r.goalSettingRating = checked.get(Habit.GOAL_SETTING);
        r.monitoringRating = checked.get(Habit.MONITORING_PROGRESS);
        r.persistenceRating = checked.get(Habit.PERSISTENCE);
        return r;
    }

    public Optional<Integer> rating(Habit habit) {
        return Optional.ofNullable(switch (habit) {
            case GOAL_SETTING -> goalSettingRating;
            case MONITORING_PROGRESS -> monitoringRating;
            case PERSISTENCE -> persistenceRating;
        });
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

    public UUID studentId() {
        return studentId;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public List<ReflectionAnswer> answers() {
        return List.copyOf(answers);
    }
}
