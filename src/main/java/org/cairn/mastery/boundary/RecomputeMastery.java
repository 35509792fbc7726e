package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.control.EvidenceRecords;
import org.cairn.mastery.control.Explanation;
import org.cairn.mastery.control.LevelOverrides;
import org.cairn.mastery.control.MasteryCalculator;
import org.cairn.mastery.control.MasteryRows;
import org.cairn.mastery.control.MethodChoices;
import org.cairn.mastery.control.Observation;
import org.cairn.mastery.control.Outcome;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.LevelOverride;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MasteryChanged;
import org.cairn.mastery.entity.MethodSettings;

/**
 * Recomputes derived mastery from evidence, the method in force and any override: one (student, standard) after a
 * piece of evidence changes, or a whole course after its method or scale changes. Rebuilding is always safe.
 */
@ApplicationScoped
public class RecomputeMastery {

    @Inject
    EvidenceRecords evidence;

    @Inject
    MethodChoices methods;

    @Inject
    LevelOverrides overrides;

    @Inject
    MasteryRows rows;

    @Inject
    MasteryScales scales;

    @Inject
    Clock clock;

    @Inject
    Event<MasteryChanged> changed;

    @Transactional
    public Mastery recompute(UUID registrationId, UUID courseId, UUID studentId, UUID standardId) {
        Scale scale = scales.forCourse(registrationId, courseId);
        MethodSettings method = methods.resolve(registrationId, courseId, standardId);
        List<Observation> observations = evidence.of(courseId, studentId, standardId).stream()
                .filter(e -> e.registrationId().equals(registrationId)).map(EvidenceRecords::observation).toList();
        Outcome outcome = MasteryCalculator.calculate(method, scale, observations);
        Double overridePoints = overrides.active(courseId, studentId, standardId).map(LevelOverride::points).orElse(null);
        Mastery row = rows.find(courseId, studentId, standardId)
                .orElseGet(() -> rows.add(new Mastery(registrationId, courseId, studentId, standardId)));
        Double before = row.levelPoints();
        row.recomputed(method.kind(),
                outcome.score().isPresent() ? outcome.score().getAsDouble() : null,
                outcome.level().map(Scale.Level::points).orElse(null),
                outcome.used().size(), overridePoints, clock.instant());
        if (!java.util.Objects.equals(before, row.levelPoints())) {
            // Synchronous, in this transaction: the gradebook outbox row commits with the change or not at all.
            changed.fire(new MasteryChanged(registrationId, courseId, studentId, standardId, before,
                    row.levelPoints(), scale.max(), clock.instant()));
        }
        return row;
    }

    /** Every (student, standard) of the course with evidence or an override; returns how many were recomputed. */
    @Transactional
    public int rebuildCourse(UUID registrationId, UUID courseId) {
        record Pair(UUID student, UUID standard) {
        }
        var pairs = new HashSet<Pair>();
        for (Evidence e : evidence.ofCourse(registrationId, courseId)) pairs.add(new Pair(e.studentId(), e.standardId()));
        for (LevelOverride o : overrides.activeOfCourse(registrationId, courseId)) pairs.add(new Pair(o.studentId(), o.standardId()));
        for (Mastery m : rows.ofCourse(registrationId, courseId)) pairs.add(new Pair(m.studentId(), m.standardId()));
        pairs.forEach(p -> recompute(registrationId, courseId, p.student(), p.standard()));
        return pairs.size();
    }

    /** "Explain my level": evidence used and excluded, every step, the result and every other method's result. */
    @Transactional
    public Explanation explain(UUID registrationId, UUID courseId, UUID studentId, UUID standardId) {
        Scale scale = scales.forCourse(registrationId, courseId);
        MethodSettings method = methods.resolve(registrationId, courseId, standardId);
        List<Observation> observations = evidence.of(courseId, studentId, standardId).stream()
                .filter(e -> e.registrationId().equals(registrationId)).map(EvidenceRecords::observation).toList();
        return MasteryCalculator.explain(method, scale, observations);
    }
}
