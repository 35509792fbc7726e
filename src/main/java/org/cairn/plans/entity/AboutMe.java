package org.cairn.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * The student's "about me" profile in a plan: interests, strengths, how I learn best, what I want my teachers
 * to know and, optionally, family information. Each field has its own {@link Visibility}, chosen by the
 * student; every field starts private ({@link Visibility#ONLY_ME}). Who may read a field is decided by
 * {@code AboutMePrivacy}, never by the caller.
 */
@Entity
@Table(name = "about_me")
@NamedQuery(name = "AboutMe.ofPlan", query = "SELECT a FROM AboutMe a WHERE a.planId = :planId")
public class AboutMe {

    public static final int FIELD_MAX = 2000;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, unique = true)
    private UUID planId;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(name = "interests")
    private String interests;
    @Enumerated(EnumType.STRING)
    @Column(name = "interests_visibility", nullable = false)
    private Visibility interestsVisibility = Visibility.ONLY_ME;

    @Column(name = "strengths")
    private String strengths;
    @Enumerated(EnumType.STRING)
    @Column(name = "strengths_visibility", nullable = false)
    private Visibility strengthsVisibility = Visibility.ONLY_ME;

    @Column(name = "learn_best")
    private String learnBest;
    @Enumerated(EnumType.STRING)
    @Column(name = "learn_best_visibility", nullable = false)
    private Visibility learnBestVisibility = Visibility.ONLY_ME;

    @Column(name = "teachers_should_know")
    private String teachersShouldKnow;
    @Enumerated(EnumType.STRING)
    @Column(name = "teachers_should_know_visibility", nullable = false)
    private Visibility teachersShouldKnowVisibility = Visibility.ONLY_ME;

    @Column(name = "family")
    private String family;
    @Enumerated(EnumType.STRING)
    @Column(name = "family_visibility", nullable = false)
    private Visibility familyVisibility = Visibility.ONLY_ME;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AboutMe() {
        // JPA
    }

    public AboutMe(LearningPlan plan, Instant now) {
        this.id = UUID.randomUUID();
        this.planId = plan.id();
        this.studentId = plan.studentId();
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The student writes one field and says who may read it; a blank text clears the field. */
    public void write(AboutMeField field, String text, Visibility visibility, Instant now) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(visibility, "visibility");
        String cleaned = text == null || text.isBlank() ? null : text.strip();
        if (cleaned != null && cleaned.length() > FIELD_MAX) {
            throw PlanProblem.invalid(PlanProblem.INVALID_PROFILE, Phrase.of("plans.problem.aboutMeTooLong",
                    Phrase.of("plans.problem.aboutMe." + field.name()), String.valueOf(cleaned.length()),
                    String.valueOf(FIELD_MAX)));
        }
        switch (field) {
            case INTERESTS -> { interests = cleaned; interestsVisibility = visibility; }
            case STRENGTHS -> { strengths = cleaned; strengthsVisibility = visibility; }
            case HOW_I_LEARN_BEST -> { learnBest = cleaned; learnBestVisibility = visibility; }
            case WHAT_TEACHERS_SHOULD_KNOW -> { teachersShouldKnow = cleaned; teachersShouldKnowVisibility = visibility; }
            case FAMILY -> { family = cleaned; familyVisibility = visibility; }
        }
        this.updatedAt = now;
    }

    public Optional<String> text(AboutMeField field) {
        return Optional.ofNullable(switch (field) {
            case INTERESTS -> interests;
            case STRENGTHS -> strengths;
            case HOW_I_LEARN_BEST -> learnBest;
            case WHAT_TEACHERS_SHOULD_KNOW -> teachersShouldKnow;
            case FAMILY -> family;
        });
    }

    public Visibility visibility(AboutMeField field) {
        return switch (field) {
            case INTERESTS -> interestsVisibility;
            case STRENGTHS -> strengthsVisibility;
            case HOW_I_LEARN_BEST -> learnBestVisibility;
            case WHAT_TEACHERS_SHOULD_KNOW -> teachersShouldKnowVisibility;
            case FAMILY -> familyVisibility;
        };
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID studentId() {
        return studentId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The {@code @Version} of this "about me" as a whole: every field's text and visibility; a page sends it back with its save (StaleSave). */
    public long version() {
        return version;
    }
}
