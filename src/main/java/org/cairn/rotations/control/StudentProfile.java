package org.cairn.rotations.control;

import java.util.List;
import java.util.Map;
import org.cairn.rotations.entity.Student;
import org.cairn.rotations.entity.TargetStandard;

/**
 * A present student's standing on the target standards. {@code need} is the mean gap to mastery in points
 * (threshold minus level, negative above mastery); {@code level} is the threshold minus the need, on the scale's
 * points. {@code masteredAll} needs evidence at mastery on every target standard.
 */
public record StudentProfile(Student student, double need, double level, boolean masteredAll,
                             Map<String, Integer> points, List<TargetStandard> noEvidence) {

    public StudentProfile {
        points = Map.copyOf(points);
        noEvidence = List.copyOf(noEvidence);
    }
}
