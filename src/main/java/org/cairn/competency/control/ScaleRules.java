package org.cairn.competency.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Phrase;

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
            problems.add(new InputRejected.FieldProblem("name", Phrase.of("competency.problem.scaleNameTooLong")));
        }
        List<GivenLevel> given = levels == null ? List.of() : levels;
        if (given.size() < 2 || given.size() > MAX_LEVELS) {
            problems.add(new InputRejected.FieldProblem("levels", Phrase.of("competency.problem.levelCount",
                    String.valueOf(MAX_LEVELS), String.valueOf(given.size()))));
        }
        var labels = new HashSet<String>();
        Double previous = null;
        int masteries = 0;
        for (int i = 0; i < given.size(); i++) {
            GivenLevel level = given.get(i);
            String field = "levels[" + i + "]";
            String number = String.valueOf(i + 1);
            if (level == null) {
                problems.add(new InputRejected.FieldProblem(field, Phrase.of("competency.problem.levelEmpty", number)));
                continue;
            }
            String label = level.label() == null ? "" : level.label().strip();
            if (label.isEmpty()) {
                problems.add(new InputRejected.FieldProblem(field + ".label", Phrase.of("competency.problem.levelNoLabel", number)));
            } else if (label.length() > 60) {
                problems.add(new InputRejected.FieldProblem(field + ".label",
                        Phrase.of("competency.problem.levelLabelTooLong", number)));
            } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                problems.add(new InputRejected.FieldProblem(field + ".label", Phrase.of("competency.problem.levelLabelTwice", label)));
            }
            if (level.colour() == null || !COLOUR.matcher(level.colour()).matches()) {
                problems.add(new InputRejected.FieldProblem(field + ".colour", Phrase.of("competency.problem.levelColour", number,
                        String.valueOf(level.colour()))));
            }
            if (level.points() == null || !Double.isFinite(level.points())) {
                problems.add(new InputRejected.FieldProblem(field + ".points", Phrase.of("competency.problem.levelNoPoints", number)));
            } else {
                if (previous != null && level.points() <= previous) {
                    problems.add(new InputRejected.FieldProblem(field + ".points", Phrase.of("competency.problem.levelOrder",
                            number, fmt(level.points()), String.valueOf(i), fmt(previous))));
                }
                previous = level.points();
            }
            if (level.mastery()) masteries++;
        }
        if (masteries != 1) {
            problems.add(new InputRejected.FieldProblem("levels", masteries == 0
                    ? Phrase.of("competency.problem.noMasteryLevel")
                    : Phrase.of("competency.problem.masteryLevels", String.valueOf(masteries))));
        }
        if (!problems.isEmpty()) throw new InputRejected(Phrase.of("competency.problem.scaleNotSaved"), problems);
        return new Scale(given.stream().map(l -> new Scale.Level(l.points(), l.label().strip(),
                l.colour().toLowerCase(Locale.ROOT), l.mastery())).toList());
    }

    private static String fmt(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
