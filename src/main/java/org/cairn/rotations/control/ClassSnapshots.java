package org.cairn.rotations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.competency.control.CourseStandards;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.CourseStandard;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.control.MasteryRows;
import org.cairn.mastery.entity.Mastery;
import org.cairn.roster.control.Roster;
import org.cairn.rotations.entity.Breach;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.ScaleLevel;
import org.cairn.rotations.entity.TargetStandard;
import org.cairn.session.entity.CourseRole;

/**
 * Reads what a grouping needs from the other features, in the caller's transaction: the course's students (roster),
 * its prioritized standards and mastery scale (competency) and the latest mastery level of each student on each
 * target standard (mastery). Levels are turned into points of a whole-number scale: the course scale's own points
 * when they are whole numbers, else the level's rank (1, 2, 3...), so the pure grouping code never sees fractions.
 */
@ApplicationScoped
public class ClassSnapshots {

    @Inject
    Roster roster;

    @Inject
    CourseStandards courseStandards;

    @Inject
    Frameworks frameworks;

    @Inject
    MasteryScales scales;

    @Inject
    MasteryRows mastery;

    @Inject
    Clock clock;

    /** A standard the teacher may target: one of the course's prioritized standards. */
    public record Option(UUID id, String code, String statement, String unit) {
    }

    public List<Option> standards(UUID registrationId, UUID courseId) {
        var out = new ArrayList<Option>();
        for (CourseStandard cs : courseStandards.ofCourse(registrationId, courseId)) {
            frameworks.standard(registrationId, cs.standardId()).ifPresent(s -> out.add(
                    new Option(s.id(), s.code() == null || s.code().isBlank() ? s.identifier() : s.code(),
                            s.statement(), cs.unitName())));
        }
        return out;
    }

    /** The course's students, by roster person id, with the names the platform shared. */
    public Map<UUID, String> students(UUID courseId) {
        var out = new LinkedHashMap<UUID, String>();
        roster.members(courseId).stream().filter(m -> m.role() == CourseRole.STUDENT)
                .forEach(m -> out.put(m.personId(), m.name()));
        return out;
    }

    /** The targets, checked against the course's standards (400 naming any that is not one of them). */
    public List<TargetStandard> targets(UUID registrationId, UUID courseId, List<UUID> standardIds) {
        if (standardIds == null || standardIds.isEmpty()) {
            throw RotationRejected.invalid(Breach.Constraint.STANDARDS,
                    Phrase.of("rotations.problem.pickStandards"));
        }
        Map<UUID, Option> byId = new LinkedHashMap<>();
        standards(registrationId, courseId).forEach(o -> byId.put(o.id(), o));
        var breaches = new ArrayList<Breach>();
        var out = new ArrayList<TargetStandard>();
        for (UUID id : new java.util.LinkedHashSet<>(standardIds)) {
            Option option = byId.get(id);
            if (option == null) {
                breaches.add(Breach.of(Breach.Constraint.STANDARDS, Phrase.of("rotations.problem.standardNotInCourse",
                        id.toString())));
            } else {
                out.add(new TargetStandard(id.toString(), option.code()));
            }
        }
        if (!breaches.isEmpty()) {
            throw RotationRejected.invalid(breaches);
        }
        return out;
    }

    /**
     * The class and its latest mastery on the targets, now. Cairn's four levels are kept with their English labels
     * and marked as Cairn's, so each reader sees them in their own language.
     */
    public GroupingRecords.Snapshot take(UUID registrationId, UUID courseId, List<TargetStandard> targets) {
        Scale scale = scales.forCourse(registrationId, courseId);
        boolean whole = scale.levels().stream().allMatch(l -> l.points() == Math.rint(l.points()));
        var levels = new ArrayList<ScaleLevel>();
        int masteryPoints = 0;
        for (int i = 0; i < scale.levels().size(); i++) {
            Scale.Level level = scale.levels().get(i);
            int points = whole ? (int) level.points() : i + 1;
            levels.add(new ScaleLevel(points, level.label()));
            if (level.mastery()) masteryPoints = points;
        }
        var students = students(courseId);
        var targetIds = targets.stream().map(TargetStandard::id).collect(java.util.stream.Collectors.toSet());
        var byStudent = new TreeMap<String, Map<String, Integer>>();
        for (Mastery row : mastery.ofCourse(registrationId, courseId)) {
            if (row.levelPoints() == null || !students.containsKey(row.studentId())
                    || !targetIds.contains(row.standardId().toString())) {
                continue;
            }
            Scale.Level level = scale.levelFor(row.levelPoints());
            int points = whole ? (int) level.points() : scale.levels().indexOf(level) + 1;
            byStudent.computeIfAbsent(row.studentId().toString(), k -> new TreeMap<>())
                    .put(row.standardId().toString(), points);
        }
        var members = students.entrySet().stream()
                .map(e -> new GroupingRecords.ClassMember(e.getKey().toString(), e.getValue())).toList();
        return new GroupingRecords.Snapshot(clock.instant(), levels, masteryPoints, members, byStudent,
                scales.usesCairnsLevels(registrationId, courseId));
    }
}
