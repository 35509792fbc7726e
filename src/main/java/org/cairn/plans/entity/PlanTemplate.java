package org.cairn.plans.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * A course's starting shape for new plans: the reflection prompts (the teacher edits them), goal suggestions
 * offered to students, and the conference cadence and length. A course without a template uses
 * {@link #DEFAULT_PROMPTS}, no suggestions, {@link ConferenceCadence#BIWEEKLY} and 5-minute conferences.
 */
@Entity
@Table(name = "plan_template")
@NamedQuery(name = "PlanTemplate.ofCourse", query = "SELECT t FROM PlanTemplate t WHERE t.courseId = :courseId")
public class PlanTemplate {

    public static final List<String> DEFAULT_PROMPTS = List.of("What went well?", "What was hard?", "What will I try next?");
    public static final ConferenceCadence DEFAULT_CADENCE = ConferenceCadence.BIWEEKLY;
    public static final int DEFAULT_CONFERENCE_MINUTES = 5;
    public static final int PROMPT_MAX = 300;
    public static final int SUGGESTION_MAX = 500;

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false, unique = true)
    private UUID courseId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_template_prompt", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    @Column(name = "prompt", nullable = false)
    private List<String> reflectionPrompts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_template_goal_suggestion", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    @Column(name = "suggestion", nullable = false)
    private List<String> goalSuggestions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false)
    private ConferenceCadence cadence;

    @Column(name = "conference_minutes", nullable = false)
    private int conferenceMinutes;

    @Column(name = "updated_by", nullable = false)
    private UUID updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlanTemplate() {
        // JPA
    }

    public PlanTemplate(UUID courseId, UUID teacherId, Instant now) {
        this.id = UUID.randomUUID();
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.reflectionPrompts = new ArrayList<>(DEFAULT_PROMPTS);
        this.cadence = DEFAULT_CADENCE;
        this.conferenceMinutes = DEFAULT_CONFERENCE_MINUTES;
        this.updatedBy = Objects.requireNonNull(teacherId, "teacherId");
        this.updatedAt = now;
    }

    public void editPrompts(List<String> prompts, UUID teacherId, Instant now) {
        this.reflectionPrompts = new ArrayList<>(checkedPrompts(prompts));
        touched(teacherId, now);
    }

    public void suggestGoals(List<String> suggestions, UUID teacherId, Instant now) {
        this.goalSuggestions = new ArrayList<>(checkedSuggestions(suggestions));
        touched(teacherId, now);
    }

    /** Only as the first step of writing prompts and suggestions anew, flushed before they are (PlanningPeriods). */
    public void clearLists() {
        this.reflectionPrompts = new ArrayList<>();
        this.goalSuggestions = new ArrayList<>();
    }

    /** Suggestions are optional text, at most {@value #SUGGESTION_MAX} characters each; blank ones are left out. */
    public static List<String> checkedSuggestions(List<String> suggestions) {
        List<String> cleaned = new ArrayList<>();
        for (String s : suggestions == null ? List.<String>of() : suggestions) {
            if (s == null || s.isBlank()) continue;
            if (s.strip().length() > SUGGESTION_MAX) {
                throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.suggestionTooLong",
                        String.valueOf(s.strip().length()), String.valueOf(SUGGESTION_MAX)));
            }
            cleaned.add(s.strip());
        }
        return List.copyOf(cleaned);
    }

    public void setConferences(ConferenceCadence cadence, int minutesEach, UUID teacherId, Instant now) {
        if (minutesEach < 1 || minutesEach > 60) {
            throw PlanProblem.invalid(PlanProblem.INVALID_CONFERENCE,
                    Phrase.of("plans.problem.conferenceMinutes", String.valueOf(minutesEach)));
        }
        this.cadence = Objects.requireNonNull(cadence, "cadence");
        this.conferenceMinutes = minutesEach;
        touched(teacherId, now);
    }

    /** Prompts are required text, at most {@value #PROMPT_MAX} characters; an empty list means the defaults. */
    public static List<String> checkedPrompts(List<String> prompts) {
        List<String> cleaned = new ArrayList<>();
        for (String p : prompts == null ? List.<String>of() : prompts) {
            if (p == null || p.isBlank()) continue;
            if (p.strip().length() > PROMPT_MAX) {
                throw PlanProblem.invalid(PlanProblem.INVALID_REFLECTION, Phrase.of("plans.problem.promptTooLong",
                        p.strip().substring(0, 40), String.valueOf(p.strip().length()), String.valueOf(PROMPT_MAX)));
            }
            cleaned.add(p.strip());
        }
        return cleaned.isEmpty() ? DEFAULT_PROMPTS : List.copyOf(cleaned);
    }

    private void touched(UUID teacherId, Instant now) {
        this.updatedBy = Objects.requireNonNull(teacherId, "teacherId");
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public List<String> reflectionPrompts() {
        return List.copyOf(reflectionPrompts);
    }

    public List<String> goalSuggestions() {
        return List.copyOf(goalSuggestions);
    }

    public ConferenceCadence cadence() {
        return cadence;
    }

    public int conferenceMinutes() {
        return conferenceMinutes;
    }

    /** The {@code @Version} of this template: prompts, suggestions, cadence and length; a page sends it back with its save (StaleSave). */
    public long version() {
        return version;
    }
}
