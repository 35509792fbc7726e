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
import org.cairn.mastery.entity.LevelOverride;
import org.cairn.mastery.entity.Mastery;

/**
 * A teacher sets a student's level on a standard by judgement, with a note; it is flagged as an override and
 * survives recalculation until withdrawn. Setting a new one withdraws the previous one (both kept).
 */
@ApplicationScoped
public class OverrideLevel {

    @Inject
    LevelOverrides overrides;

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
        overrides.active(courseId, studentId, standardId).ifPresent(o -> o.withdraw(by, clock.instant()));
        overrides.add(override);
        return recompute.recompute(registrationId, courseId, studentId, standardId);
    }

    @Transactional
    public Mastery withdraw(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, String by) {
        overrides.active(courseId, studentId, standardId).ifPresent(o -> o.withdraw(by, clock.instant()));
        return recompute.recompute(registrationId, courseId, studentId, standardId);
    }
}
