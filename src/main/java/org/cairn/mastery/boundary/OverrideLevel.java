package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.control.LevelOverrides;
import org.cairn.mastery.control.MasteryRefused;
import org.cairn.mastery.control.MasteryRows;
import org.cairn.mastery.entity.LevelOverride;
import org.cairn.mastery.entity.Mastery;

/**
 * A teacher sets a student's level on a standard by judgement, with a note; it is flagged as an override and
 * survives recalculation until withdrawn. Setting a new one withdraws the previous one (both kept).
 * <p>
 * Both read the (student, standard) mastery row locked before the override in force, so simultaneous overrides of
 * one pair run one after the other: each withdraws the one before it and exactly one stays in force, instead of
 * two that both found none. Withdrawing is one UPDATE without the version check, so two requests withdrawing the
 * same one do not conflict. Without a row yet there is nothing to lock: the recompute adds it, and the request that
 * loses {@code mastery_once} is run again by its resource (UniqueKeyRetry), which then finds the row and waits on
 * it; a request whose recompute found the row another one committed meanwhile withdraws that one's override under
 * the row's lock ({@link #settle}).
 */
@ApplicationScoped
public class OverrideLevel {

    @Inject
    LevelOverrides overrides;

    @Inject
    MasteryRows rows;

    @Inject
    MasteryScales scales;

    @Inject
    RecomputeMastery recompute;

    @Inject
    Clock clock;

    @Transactional
    public Mastery set(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, double points,
                       String note, String by) {
        Scale scale = scales.forCourse(registrationId, courseId);
        if (scale.levels().stream().noneMatch(l -> l.points() == points)) {
            throw new MasteryRefused(MasteryRefused.INVALID, 400, "an override is a level of the scale; " + points
                    + " is not one of " + scale.levels().stream().map(l -> l.points() + " " + l.label()).toList());
        }
        LevelOverride override = MasteryRefused.guard(() ->
                new LevelOverride(registrationId, courseId, studentId, standardId, points, note, by, clock.instant()));
        boolean rowExisted = rows.findLocked(courseId, studentId, standardId).isPresent();
        overrides.add(override);
        overrides.withdrawActive(courseId, studentId, standardId, override.id(), by, clock.instant());
        return settle(registrationId, courseId, studentId, standardId, rowExisted, override.id(), by);
    }

    @Transactional
    public Mastery withdraw(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, String by) {
        boolean rowExisted = rows.findLocked(courseId, studentId, standardId).isPresent();
        overrides.withdrawActive(courseId, studentId, standardId, null, by, clock.instant());
        return settle(registrationId, courseId, studentId, standardId, rowExisted, null, by);
    }

    /**
     * Recomputes the pair. When it had no mastery row at the start there was nothing to lock: a simultaneous
     * override may have committed after this one looked, and the recompute then found and locked its row instead
     * of failing on the key. Under that lock, withdraw whatever else is in force and recompute again, so exactly
     * one override (or none, for a withdrawal) stays in force.
     */
    private Mastery settle(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, boolean rowExisted,
                           UUID keep, String by) {
        Mastery level = recompute.recompute(registrationId, courseId, studentId, standardId);
        if (!rowExisted && overrides.withdrawActive(courseId, studentId, standardId, keep, by, clock.instant()) > 0) {
            level = recompute.recompute(registrationId, courseId, studentId, standardId);
        }
        return level;
    }
}
