package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.Scale;
import org.cairn.competency.entity.ScaleChanged;
import org.cairn.mastery.control.EvidenceRecords;
import org.cairn.mastery.control.Explanation;
import org.cairn.mastery.control.LevelOverrides;
import org.cairn.mastery.control.MasteryCalculator;
import org.cairn.mastery.control.MasteryRow;
import org.cairn.mastery.control.MasteryRows;
import org.cairn.mastery.control.MethodChoices;
import org.cairn.mastery.control.Observation;
import org.cairn.mastery.control.Outcome;
import org.cairn.mastery.control.StudentEvidence;
import org.cairn.mastery.entity.LevelOverride;
import org.cairn.mastery.entity.Mastery;
import org.cairn.mastery.entity.MasteryChanged;
import org.cairn.mastery.entity.MethodChoice;
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

    /**
     * The row is read locked before the evidence, so two recomputes of one pair at once never both write a level
     * from what each saw alone: the second waits for the first to commit and then reads its evidence too. On a
     * pair's first evidence there is no row to lock and both add it; the one that loses {@code mastery_once} fails,
     * and its resource runs the whole use case again through UniqueKeyRetry (it then finds the row and waits).
     */
    @Transactional
    public Mastery recompute(UUID registrationId, UUID courseId, UUID studentId, UUID standardId) {
        Optional<Mastery> existing = rows.findLocked(courseId, studentId, standardId);
        Scale scale = scales.forCourse(registrationId, courseId);
        MethodSettings method = methods.resolve(registrationId, courseId, standardId);
        List<Observation> observations = evidence.of(courseId, studentId, standardId).stream()
                .filter(e -> e.registrationId().equals(registrationId)).map(EvidenceRecords::observation).toList();
        Double overridePoints = overrides.active(courseId, studentId, standardId).map(LevelOverride::points).orElse(null);
        // Added only now: a new row has no method or level until apply() below, and the queries above flush.
        Mastery row = existing.orElseGet(() -> rows.add(new Mastery(registrationId, courseId, studentId, standardId)));
        apply(row, registrationId, scale, method, observations, overridePoints);
        return row;
    }

    /**
     * Every (student, standard) of the course with evidence, an override or a mastery row; returns how many were
     * recomputed. Reads the course once (evidence and mastery rows as plain values, not entities) rather than once
     * per pair, so a method change in a course of 35 students × 60 standards × 20 evidence is one pass, not 2,100
     * round trips.
     */
    @Transactional
    public int rebuildCourse(UUID registrationId, UUID courseId) {
        return rebuild(registrationId, courseId).pairs();
    }

    /** What a course rebuild did: pairs recomputed, rows whose values changed (the only rows written). */
    public record Rebuilt(int pairs, int written) {
    }

    /**
     * {@link #rebuildCourse}, saying also how many rows changed. Only new and changed rows are written, in two JDBC
     * batches; then {@link MasteryChanged} is fired for each changed level, so its observers (the gradebook) read
     * the course's new rows.
     */
    @Transactional
    public Rebuilt rebuild(UUID registrationId, UUID courseId) {
        record Pair(UUID student, UUID standard) {
        }
        Scale scale = scales.forCourse(registrationId, courseId);
        List<MethodChoice> choices = methods.ofCourse(registrationId, courseId);
        var observations = new HashMap<Pair, List<Observation>>();
        for (StudentEvidence e : evidence.observationsOfCourse(registrationId, courseId)) {
            observations.computeIfAbsent(new Pair(e.studentId(), e.standardId()), k -> new ArrayList<>()).add(e.observation());
        }
        var overridden = new HashMap<Pair, Double>();
        for (LevelOverride o : overrides.activeOfCourse(registrationId, courseId)) {
            overridden.put(new Pair(o.studentId(), o.standardId()), o.points());
        }
        var existing = new HashMap<Pair, MasteryRow>();
        for (MasteryRow m : rows.rowsOfCourse(registrationId, courseId)) existing.put(new Pair(m.studentId(), m.standardId()), m);
        var pairs = new LinkedHashSet<Pair>(observations.keySet());
        pairs.addAll(overridden.keySet());
        pairs.addAll(existing.keySet());
        var added = new ArrayList<MasteryRow>();
        var changedRows = new ArrayList<MasteryRow>();
        var levelChanges = new ArrayList<MasteryChanged>();
        Instant now = clock.instant();
        for (Pair p : pairs) {
            MasteryRow before = existing.get(p);
            MethodSettings method = MethodChoices.resolve(choices, p.standard());
            Outcome outcome = MasteryCalculator.calculate(method, scale, observations.getOrDefault(p, List.of()));
            MasteryRow after = MasteryRow.calculated(before == null ? UUID.randomUUID() : before.id(), p.student(),
                    p.standard(), method.kind(), outcome.score().isPresent() ? outcome.score().getAsDouble() : null,
                    outcome.level().map(Scale.Level::points).orElse(null), outcome.used().size(), overridden.get(p));
            if (!after.differsFrom(before)) continue;
            (before == null ? added : changedRows).add(after);
            Double levelBefore = before == null ? null : before.levelPoints();
            if (!Objects.equals(levelBefore, after.levelPoints())) {
                levelChanges.add(new MasteryChanged(registrationId, courseId, p.student(), p.standard(), levelBefore,
                        after.levelPoints(), scale.max(), now));
            }
        }
        rows.write(registrationId, courseId, added, changedRows, now);
        // Synchronous, in this transaction: the gradebook outbox rows commit with the changes or not at all.
        for (MasteryChanged change : levelChanges) changed.fire(change);
        return new Rebuilt(pairs.size(), added.size() + changedRows.size());
    }

    private void apply(Mastery row, UUID registrationId, Scale scale, MethodSettings method,
                       List<Observation> observations, Double overridePoints) {
        Outcome outcome = MasteryCalculator.calculate(method, scale, observations);
        Double before = row.levelPoints();
        row.recomputed(method.kind(),
                outcome.score().isPresent() ? outcome.score().getAsDouble() : null,
                outcome.level().map(Scale.Level::points).orElse(null),
                outcome.used().size(), overridePoints, clock.instant());
        if (!Objects.equals(before, row.levelPoints())) {
            // Synchronous, in this transaction: the gradebook outbox row commits with the change or not at all.
            changed.fire(new MasteryChanged(registrationId, row.courseId(), row.studentId(), row.standardId(), before,
                    row.levelPoints(), scale.max(), clock.instant()));
        }
    }

    /**
     * A course's own scale was saved or dropped (SetCourseScale fires this inside its transaction): every level of
     * the course is read against the new scale, in the same transaction.
     */
    void scaleChanged(@Observes ScaleChanged change) {
        rebuild(change.registrationId(), change.courseId());
    }

    /**
     * "Explain my level": evidence used and excluded, every step, the result and every other method's result; Cairn's
     * four levels named in the reader's language.
     */
    @Transactional
    public Explanation explain(UUID registrationId, UUID courseId, UUID studentId, UUID standardId,
                               java.util.Locale reader) {
        Scale scale = scales.forCourse(registrationId, courseId, reader);
        MethodSettings method = methods.resolve(registrationId, courseId, standardId);
        List<Observation> observations = evidence.of(courseId, studentId, standardId).stream()
                .filter(e -> e.registrationId().equals(registrationId)).map(EvidenceRecords::observation).toList();
        return MasteryCalculator.explain(method, scale, observations);
    }
}
