package org.cairn.mastery.control;

import java.util.List;
import java.util.UUID;
import org.cairn.competency.entity.StandardCategory;

/**
 * The class heatmap: students (rows) × course standards (columns), each cell the student's level with its label,
 * colour and evidence count, and a last row with the share of the class at mastery per standard. Student names are
 * the roster's: rows carry ids only.
 */
public record Heatmap(List<Column> columns, List<Row> rows, List<Share> atMastery) {

    public Heatmap {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        atMastery = List.copyOf(atMastery);
    }

    /** A course standard, in the course's order. */
    public record Column(UUID standardId, String code, String statement, String unitName, StandardCategory category) {
    }

    public record Row(UUID studentId, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** points, label and colour are null when there is no level yet; colour always comes with a text label. */
    public record Cell(Double points, String label, String colour, int evidenceCount, boolean overridden, boolean mastery) {
        public static final Cell EMPTY = new Cell(null, null, null, 0, false, false);

        public boolean hasLevel() {
            return points != null;
        }
    }

    /** Of the class's students, how many are at mastery on a standard (share = atMastery / students). */
    public record Share(UUID standardId, int atMastery, int withLevel, int students, double share) {
    }
}
