package org.cairn.competency.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cairn.competency.entity.Scale;

/**
 * What a teacher's mastery scale must be, reported field by field before {@link Scale} is built: two to ten levels
 * given from lowest to highest with rising points, each with a label and a #rrggbb colour, exactly one marked as
 * mastery.
 */
public final class ScaleRules {

    public static final int MAX_LEVELS = 10;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** A level as given (points may be missing). */
    public record GivenLevel(Double points, String label, String colour, boolean mastery) {
    }

    private ScaleRules() {
    }

    public static Scale validate(String name, List<GivenLevel> levels) {
        var problems = new ArrayList<InputRejected.FieldProblem>();
        if (name != null && name.length() > 255) {
            problems.add(new InputRejected.FieldProblem("name", "the scale's name is longer than 255 characters"));
        }
        List<GivenLevel> given = levels == null ? List.of() : levels;
        if (given.size() < 2 || given.size() > MAX_LEVELS) {
            problems.add(new InputRejected.FieldProblem("levels", "a scale has 2 to " + MAX_LEVELS + " levels, not "
                    + given.size()));
        }
        var labels = new HashSet<String>();
        Double previous = null;
        int masteries = 0;
        for (int i = 0; i < given.size(); i++) {
            GivenLevel level = given.get(i);
            String field = "levels[" + i + "]";
            if (level == null) {
                problems.add(new InputRejected.FieldProblem(field, "level " + (i + 1) + " is empty"));
                continue;
            }
            String label = level.label() == null ? "" : level.label().strip();
            if (label.isEmpty()) {
                problems.add(new InputRejected.FieldProblem(field + ".label", "level " + (i + 1) + " has no label"));
            } else if (label.length() > 60) {
                problems.add(new InputRejected.FieldProblem(field + ".label", "the label of level " + (i + 1)
                        + " is longer than 60 characters"));
            } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                problems.add(new InputRejected.FieldProblem(field + ".label", "two levels are labelled \"" + label + "\""));
            }
            if (level.colour() == null || !COLOUR.matcher(level.colour()).matches()) {
                problems.add(new InputRejected.FieldProblem(field + ".colour", "the colour of level " + (i + 1) + " ("
                        + level.colour() + ") is not a #rrggbb colour"));
            }
            if (level.points() == null || !Double.isFinite(level.points())) {
                problems.add(new InputRejected.FieldProblem(field + ".points", "level " + (i + 1) + " has no points"));
            } else {
                if (previous != null && level.points() <= previous) {
                    problems.add(new InputRejected.FieldProblem(field + ".points", "levels go from lowest to highest: level "
                            + (i + 1) + " (" + fmt(level.points()) + " points) must have more points than level " + i
                            + " (" + fmt(previous) + ")"));
                }
                previous = level.points();
            }
            if (level.mastery()) masteries++;
        }
        if (masteries != 1) {
            problems.add(new InputRejected.FieldProblem("levels", "exactly one level marks mastery; "
                    + (masteries == 0 ? "none does" : masteries + " do")));
        }
        if (!problems.isEmpty()) throw new InputRejected("The mastery scale was not saved", problems);
        return new Scale(given.stream().map(l -> new Scale.Level(l.points(), l.label().strip(),
                l.colour().toLowerCase(Locale.ROOT), l.mastery())).toList());
    }

    private static String fmt(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
