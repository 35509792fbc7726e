package org.cairn.mastery.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.entity.MethodSettings;

/** Assembles the class heatmap from rows: pure, so the REST layer only loads rows and serialises the record. */
public final class Heatmaps {

    private Heatmaps() {
    }

    /** From the derived mastery table. */
    public static Heatmap assemble(List<Heatmap.Column> columns, List<UUID> students, Scale scale, List<StudentLevel> levels) {
        var byKey = new HashMap<UUID, Map<UUID, StudentLevel>>();
        for (StudentLevel level : levels) {
            byKey.computeIfAbsent(level.studentId(), k -> new HashMap<>()).put(level.standardId(), level);
        }
        int[] atMastery = new int[columns.size()];
        int[] withLevel = new int[columns.size()];
        var rows = new ArrayList<Heatmap.Row>(students.size());
        for (UUID student : students) {
            Map<UUID, StudentLevel> own = byKey.getOrDefault(student, Map.of());
            var cells = new ArrayList<Heatmap.Cell>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                StudentLevel level = own.get(columns.get(c).standardId());
                Heatmap.Cell cell = cell(scale, level);
                if (cell.hasLevel()) withLevel[c]++;
                if (cell.mastery()) atMastery[c]++;
                cells.add(cell);
            }
            rows.add(new Heatmap.Row(student, cells));
        }
        var shares = new ArrayList<Heatmap.Share>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            shares.add(new Heatmap.Share(columns.get(c).standardId(), atMastery[c], withLevel[c], students.size(),
                    students.isEmpty() ? 0 : (double) atMastery[c] / students.size()));
        }
        return new Heatmap(columns, rows, shares);
    }

    /**
     * From raw evidence: each (student, standard) computed with its method, overrides (points by student then
     * standard) winning over the calculation. What a rebuild of the mastery table would show.
     */
    public static Heatmap fromEvidence(List<Heatmap.Column> columns, List<UUID> students, Scale scale,
                                       Function<UUID, MethodSettings> methodOfStandard, List<StudentEvidence> evidence,
                                       Map<UUID, Map<UUID, Double>> overrides) {
        var grouped = new HashMap<UUID, Map<UUID, List<Observation>>>();
        for (StudentEvidence e : evidence) {
            grouped.computeIfAbsent(e.studentId(), k -> new HashMap<>())
                    .computeIfAbsent(e.standardId(), k -> new ArrayList<>()).add(e.observation());
        }
        var levels = new ArrayList<StudentLevel>();
        for (var byStudent : grouped.entrySet()) {
            for (var byStandard : byStudent.getValue().entrySet()) {
                var score = MasteryCalculator.quickly(methodOfStandard.apply(byStandard.getKey()), scale, byStandard.getValue());
                Double override = overrides.getOrDefault(byStudent.getKey(), Map.of()).get(byStandard.getKey());
                Double points = override != null ? override : score.hasLevel() ? scale.levelFor(score.value()).points() : null;
                levels.add(new StudentLevel(byStudent.getKey(), byStandard.getKey(), points, score.used(), override != null));
            }
        }
        return assemble(columns, students, scale, levels);
    }

    public static Heatmap.Cell cell(Scale scale, StudentLevel level) {
        if (level == null) return Heatmap.Cell.EMPTY;
        if (level.levelPoints() == null) {
            return new Heatmap.Cell(null, null, null, level.evidenceCount(), level.overridden(), false);
        }
        Scale.Level l = scale.levelFor(level.levelPoints());
        return new Heatmap.Cell(l.points(), l.label(), l.colour(), level.evidenceCount(), level.overridden(), scale.isMastery(l));
    }
}
