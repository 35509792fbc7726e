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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * A bounded stretch of a course ("a short race", two weeks by default) with the prioritized standards it
 * targets, in priority order. Dates are inclusive school days in the course's calendar. The course-wide rules
 * (no overlap, a maximum length) are checked by {@code PeriodRules} against the course's other periods.
 */
@Entity
@Table(name = "planning_period")
@NamedQuery(name = "PlanningPeriod.ofCourse",
        query = "SELECT p FROM PlanningPeriod p WHERE p.courseId = :courseId ORDER BY p.startsOn")
@NamedQuery(name = "PlanningPeriod.onDate",
        query = "SELECT p FROM PlanningPeriod p WHERE p.courseId = :courseId AND p.startsOn <= :day AND p.endsOn >= :day")
public class PlanningPeriod {

    public static final int DEFAULT_DAYS = 14;
    public static final int NAME_MAX = 120;

    @Id
    private UUID id;

    /** The roster course; no foreign key: courses belong to the roster feature. */
    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** Competency standard ids, most important first; no foreign key (competency owns standards). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "planning_period_standard", joinColumns = @JoinColumn(name = "period_id"))
    @OrderColumn(name = "position")
    @Column(name = "standard_id", nullable = false)
    @Convert(converter = OptionalUuid.class)
    private List<UUID> targetStandards = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlanningPeriod() {
        // JPA
    }

    public PlanningPeriod(UUID courseId, String name, LocalDate startsOn, LocalDate endsOn,
                          List<UUID> targetStandards, UUID createdBy, Instant now) {
        if (name == null || name.isBlank()) {
            throw PlanProblem.invalid(PlanProblem.INVALID_PERIOD, Phrase.of("plans.problem.periodNeedsName"));
        }
        if (name.strip().length() > NAME_MAX) {
            throw PlanProblem.invalid(PlanProblem.INVALID_PERIOD, Phrase.of("plans.problem.periodNameTooLong",
                    String.valueOf(name.strip().length()), String.valueOf(NAME_MAX)));
        }
        if (startsOn == null || endsOn == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_PERIOD, Phrase.of("plans.problem.periodNeedsDates"));
        }
        if (endsOn.isBefore(startsOn)) {
            throw PlanProblem.invalid(PlanProblem.INVALID_PERIOD, Phrase.of("plans.problem.periodEndsBeforeStart",
                    name.strip(), endsOn.toString(), startsOn.toString()));
        }
        this.id = UUID.randomUUID();
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.name = name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.targetStandards = new ArrayList<>(new LinkedHashSet<>(targetStandards == null ? List.of() : targetStandards));
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The default race: two weeks from its first day. */
    public static LocalDate defaultEnd(LocalDate startsOn) {
        return startsOn.plusDays(DEFAULT_DAYS - 1L);
    }

    public void target(List<UUID> standardIds) {
        this.targetStandards = new ArrayList<>(new LinkedHashSet<>(standardIds));
    }

    /** Only as the first step of writing the targets anew, flushed before {@link #target} (PlanningPeriods.retarget). */
    public void clearTargets() {
        this.targetStandards = new ArrayList<>();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !otherEnd.isBefore(startsOn) && !otherStart.isAfter(endsOn);
    }

    /** Length in days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /** "Race 3" (2026-11-23 to 2026-12-04): how problem details name a period, in the reader's language. */
    public Phrase described() {
        return Phrase.of("plans.problem.period", name, startsOn.format(DateTimeFormatter.ISO_LOCAL_DATE),
                endsOn.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public List<UUID> targetStandards() {
        return List.copyOf(targetStandards);
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
