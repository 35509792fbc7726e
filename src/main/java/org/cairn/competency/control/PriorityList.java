package org.cairn.competency.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cairn.competency.entity.StandardCategory;
import org.cairn.infra.i18n.Phrase;

/**
 * A course's prioritized standards as a teacher submits them: in order, each with a category and optionally a
 * unit, and the units with their dates. {@link #of} checks what needs no database (duplicates, unit names, dates)
 * and reports every problem at once; whether each standard belongs to the tenant is checked by the use case.
 */
public record PriorityList(List<Unit> units, List<Choice> choices) {

    public static final int MAX_STANDARDS = 200;
    public static final int MAX_UNITS = 50;

    public record Unit(String name, LocalDate start, LocalDate end) {
    }

    /** category null: taken from the standard's type (a habit is a habit, anything else academic). */
    public record Choice(UUID standardId, StandardCategory category, String unit) {
    }

    public PriorityList {
        units = List.copyOf(units);
        choices = List.copyOf(choices);
    }

    public static PriorityList of(List<Unit> units, List<Choice> choices) {
        var problems = new ArrayList<InputRejected.FieldProblem>();
        List<Unit> givenUnits = units == null ? List.of() : units;
        List<Choice> givenChoices = choices == null ? List.of() : choices;
        if (givenChoices.size() > MAX_STANDARDS) {
            problems.add(new InputRejected.FieldProblem("standards", Phrase.of("competency.problem.tooManyStandards",
                    String.valueOf(MAX_STANDARDS), String.valueOf(givenChoices.size()))));
        }
        if (givenUnits.size() > MAX_UNITS) {
            problems.add(new InputRejected.FieldProblem("units", Phrase.of("competency.problem.tooManyUnits",
                    String.valueOf(MAX_UNITS))));
        }
        var cleanUnits = new ArrayList<Unit>();
        Map<String, String> unitNames = new HashMap<>();
        for (int i = 0; i < givenUnits.size(); i++) {
            Unit unit = givenUnits.get(i);
            String field = "units[" + i + "]";
            String name = unit == null || unit.name() == null ? "" : unit.name().strip();
            if (name.isEmpty()) {
                problems.add(new InputRejected.FieldProblem(field + ".name", Phrase.of("competency.problem.unitNoName",
                        String.valueOf(i + 1))));
                continue;
            }
            if (name.length() > 255) {
                problems.add(new InputRejected.FieldProblem(field + ".name", Phrase.of("competency.problem.unitNameTooLong",
                        String.valueOf(i + 1))));
                continue;
            }
            if (unitNames.putIfAbsent(name.toLowerCase(Locale.ROOT), name) != null) {
                problems.add(new InputRejected.FieldProblem(field + ".name", Phrase.of("competency.problem.unitNameTwice", name)));
                continue;
            }
            if (unit.start() != null && unit.end() != null && unit.end().isBefore(unit.start())) {
                problems.add(new InputRejected.FieldProblem(field + ".end", Phrase.of("competency.problem.unitEndsBeforeStart",
                        name, unit.end().toString(), unit.start().toString())));
            }
            cleanUnits.add(new Unit(name, unit.start(), unit.end()));
        }
        var seen = new HashSet<UUID>();
        var cleanChoices = new ArrayList<Choice>();
        for (int i = 0; i < givenChoices.size(); i++) {
            Choice choice = givenChoices.get(i);
            String field = "standards[" + i + "]";
            if (choice == null || choice.standardId() == null) {
                problems.add(new InputRejected.FieldProblem(field + ".standardId", Phrase.of("competency.problem.entryNoStandard",
                        String.valueOf(i + 1))));
                continue;
            }
            if (!seen.add(choice.standardId())) {
                problems.add(new InputRejected.FieldProblem(field + ".standardId", Phrase.of("competency.problem.standardTwice",
                        choice.standardId().toString())));
                continue;
            }
            String unit = choice.unit() == null || choice.unit().isBlank() ? null : choice.unit().strip();
            String unitName = unit == null ? null : unitNames.get(unit.toLowerCase(Locale.ROOT));
            if (unit != null && unitName == null) {
                problems.add(new InputRejected.FieldProblem(field + ".unit", Phrase.of("competency.problem.entryUnknownUnit",
                        String.valueOf(i + 1), unit)));
                continue;
            }
            cleanChoices.add(new Choice(choice.standardId(), choice.category(), unitName));
        }
        if (!problems.isEmpty()) throw new InputRejected(Phrase.of("competency.problem.standardsNotSaved"), problems);
        return new PriorityList(cleanUnits, cleanChoices);
    }

    public java.util.Optional<Unit> unit(String name) {
        return name == null ? java.util.Optional.empty() : units.stream().filter(u -> u.name().equals(name)).findFirst();
    }
}
