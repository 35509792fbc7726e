package org.cairn.mastery.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.entity.MethodSettings;

/** Assembles a student's profile from their evidence: pure, like {@link Heatmaps}. */
public final class StudentProfiles {

    private StudentProfiles() {
    }

    /**
     * @param evidenceByStandard every piece of the student's evidence per standard, any status
     * @param overrides          active override points per standard
     */
    public static StudentProfile assemble(UUID studentId, List<Heatmap.Column> columns, Scale scale,
                                          Function<UUID, MethodSettings> methodOfStandard,
                                          Map<UUID, List<Observation>> evidenceByStandard, Map<UUID, Double> overrides) {
        var standings = new ArrayList<StudentProfile.Standing>(columns.size());
        for (Heatmap.Column column : columns) {
            MethodSettings method = methodOfStandard.apply(column.standardId());
            Outcome outcome = MasteryCalculator.calculate(method, scale, evidenceByStandard.getOrDefault(column.standardId(), List.of()));
            var trend = new ArrayList<StudentProfile.TrendPoint>();
            double[] scores = outcome.used().stream().mapToDouble(Observation::points).toArray();
            for (int i = 0; i < scores.length; i++) {
                double score = MasteryCalculator.score(method, scale, java.util.Arrays.copyOf(scores, i + 1));
                trend.add(new StudentProfile.TrendPoint(outcome.used().get(i).observedOn(), scores[i],
                        Double.isNaN(score) ? null : score));
            }
            Double override = overrides.get(column.standardId());
            Double points = override != null ? override : outcome.level().map(Scale.Level::points).orElse(null);
            var cell = Heatmaps.cell(scale, new StudentLevel(studentId, column.standardId(), points, outcome.used().size(), override != null));
            standings.add(new StudentProfile.Standing(column, cell, method.kind(), trend));
        }
        return new StudentProfile(studentId, standings);
    }
}
