package org.cairn.rotations.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Phrase;
import org.cairn.rotations.entity.Breach;
import org.cairn.rotations.entity.GroupingRequest;
import org.cairn.rotations.entity.MissingEvidence;
import org.cairn.rotations.entity.RotationRejected;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.TargetStandard;

/** Turns a request's levels into need scores for the present students, in student id order. */
public final class StudentProfiles {

    private StudentProfiles() {
    }

    /** The present students' profiles, sorted by student id; rejects levels that are not on the scale. */
    public static List<StudentProfile> of(GroupingRequest request) {
        var breaches = new ArrayList<Breach>();
        var seen = new HashSet<>();
        for (Student s : request.students()) {
            if (!seen.add(s.id())) {
                breaches.add(Breach.students(Breach.Constraint.STUDENTS, List.of(s),
                        Phrase.of("rotations.problem.studentTwice", s.id().value(), s.displayName())));
            }
        }
        var scale = request.scale();
        int threshold = scale.masteryPoints();
        int lowest = scale.lowest().points();
        var profiles = new ArrayList<StudentProfile>();
        var present = request.students().stream().filter(Student::present)
                .sorted(Comparator.comparing(Student::id)).toList();
        for (Student student : present) {
            Map<String, Integer> byStandard = request.levels().getOrDefault(student.id(), Map.of());
            var points = new LinkedHashMap<String, Integer>();
            var missing = new ArrayList<TargetStandard>();
            double gapSum = 0;
            int counted = 0;
            boolean masteredAll = true;
            for (TargetStandard standard : request.standards()) {
                Integer p = byStandard.get(standard.id());
                if (p == null) {
                    missing.add(standard);
                    masteredAll = false;
                    if (request.missingEvidence() == MissingEvidence.COUNT_AS_LOWEST) {
                        gapSum += threshold - lowest;
                        counted++;
                    }
                    continue;
                }
                if (!scale.isOnScale(p)) {
                    breaches.add(Breach.students(Breach.Constraint.LEVELS, List.of(student), Phrase.of(
                            "rotations.problem.levelNotOnScale", student.displayName(), standard.code(), String.valueOf(p))));
                    continue;
                }
                points.put(standard.id(), p);
                masteredAll &= scale.atMastery(p);
                gapSum += threshold - p;
                counted++;
            }
            // LEAVE_OUT with no evidence at all: nothing to average, so the student counts as the lowest level.
            double need = counted == 0 ? threshold - lowest : gapSum / counted;
            profiles.add(new StudentProfile(student, need, threshold - need, masteredAll, points, missing));
        }
        if (!breaches.isEmpty()) {
            throw RotationRejected.invalid(breaches);
        }
        return profiles;
    }
}
