package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Phrase;
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
 * two that both found none, or both withdrawing the same one and failing on its version. Without a row yet the
 * recompute adds it first ({@link #lockPair}), and the request that loses {@code mastery_once} is run again by its
 * resource (UniqueKeyRetry), which then finds the row and waits on it.
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
            throw new MasteryRefused(MasteryRefused.INVALID, 400, Phrase.of("mastery.problem.overrideNotALevel",
                    String.valueOf(points), levelsNamed(scale, scales.usesCairnsLevels(registrationId, courseId))));
        }
        LevelOverride override = MasteryRefused.guard(() ->
                new LevelOverride(registrationId, courseId, studentId, standardId, points, note, by, clock.instant()));
        lockPair(registrationId, courseId, studentId, standardId);
        overrides.active(courseId, studentId, standardId).ifPresent(o -> o.withdraw(by, clock.instant()));
        overrides.add(override);
        return recompute.recompute(registrationId, courseId, studentId, standardId);
    }

    /**
     * The scale's levels as a phrase ("1.0 Beginning, 2.0 Developing, …"), for a problem phrased in the language the
     * page asked for: Cairn's four levels are named as that reader's scale names them ({@code competency.server.level.*}),
     * a course's or tenant's own levels keep the words they were saved with.
     */
    static Phrase levelsNamed(Scale scale, boolean cairnsLevels) {
        Phrase named = null;
        for (Scale.Level level : scale.levels()) {
            Object label = cairnsLevels ? Scale.standardLabel(level.points()).map(Object.class::cast).orElse(level.label())
                    : level.label();
            Phrase one = Phrase.of("mastery.server.scaleLevel", String.valueOf(level.points()), label);
            named = named == null ? one : Phrase.of("mastery.server.scaleLevels", named, one);
        }
        return named;
    }

    @Transactional
    public Mastery withdraw(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, String by) {
        lockPair(registrationId, courseId, studentId, standardId);
        overrides.active(courseId, studentId, standardId).ifPresent(o -> o.withdraw(by, clock.instant()));
        return recompute.recompute(registrationId, courseId, studentId, standardId);
    }

    /**
     * Holds the pair's mastery row locked before anything reads or changes its overrides. Without a row yet, the
     * recompute adds it first (an empty level changes nothing): a simultaneous request then either loses
     * {@code mastery_once} and runs again, or finds the row this one committed and waits on its lock. Adding the
     * override before the row let a request miss another's override that committed after it looked, leaving two
     * in force.
     */
    private void lockPair(UUID registrationId, UUID courseId, UUID studentId, UUID standardId) {
        if (rows.findLocked(courseId, studentId, standardId).isEmpty()) {
            recompute.recompute(registrationId, courseId, studentId, standardId);
        }
    }
}
