package org.cairn.competency.control;

import org.cairn.infra.i18n.Phrase;

/**
 * One thing wrong with a framework file, naming what is wrong where: the item's identifier and humanCodingScheme
 * for CASE, the line for CSV. Every problem of a file is collected before anything is written. What is wrong is a
 * phrase of competency*.properties; {@link #message()} is its English sentence.
 */
public record ImportProblem(String code, Phrase phrase, String identifier, String humanCodingScheme, Integer line) {

    public static ImportProblem ofItem(String code, Phrase message, String identifier, String humanCodingScheme) {
        return new ImportProblem(code, message, identifier, humanCodingScheme, null);
    }

    /** A problem of a CSV line: "line 4: ...". */
    public static ImportProblem atLine(String code, int line, Phrase message) {
        return atLine(code, line, message, null);
    }

    /** A problem of the CSV line of the item with this code (its identifier and humanCodingScheme alike). */
    public static ImportProblem atLine(String code, int line, Phrase message, String itemCode) {
        return new ImportProblem(code, Phrase.of("competency.problem.atLine", String.valueOf(line), message), itemCode,
                itemCode, line);
    }

    public static ImportProblem of(String code, Phrase message) {
        return new ImportProblem(code, message, null, null, null);
    }

    /** The problem in English. */
    public String message() {
        return phrase.english();
    }
}
