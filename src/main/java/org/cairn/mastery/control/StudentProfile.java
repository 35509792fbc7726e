package org.cairn.mastery.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cairn.mastery.entity.MethodKind;

/**
 * One student's mastery across a course's standards: the current level of each (with method and whether a teacher
 * overrode it) and a trend series, the method's score after each counted piece of evidence in the order observed.
 */
public record StudentProfile(UUID studentId, List<Standing> standards) {

    public StudentProfile {
        standards = List.copyOf(standards);
    }

    public record Standing(Heatmap.Column standard, Heatmap.Cell current, MethodKind method, List<TrendPoint> trend) {
        public Standing {
            trend = List.copyOf(trend);
        }
    }

    /** The evidence's own points and the method's score once it was counted (null while there is no level). */
    public record TrendPoint(LocalDate observedOn, double points, Double score) {
    }
}
