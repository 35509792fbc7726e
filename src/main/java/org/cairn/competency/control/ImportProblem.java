package org.cairn.competency.control;

/**
 * One thing wrong with a framework file, naming what is wrong where: the item's identifier and humanCodingScheme
 * for CASE, the line for CSV. Every problem of a file is collected before anything is written.
 */
public record ImportProblem(String code, String message, String identifier, String humanCodingScheme, Integer line) {

    public static ImportProblem ofItem(String code, String message, String identifier, String humanCodingScheme) {
        return new ImportProblem(code, message, identifier, humanCodingScheme, null);
    }

    public static ImportProblem atLine(String code, int line, String message) {
        return new ImportProblem(code, "line " + line + ": " + message, null, null, line);
    }

    public static ImportProblem of(String code, String message) {
        return new ImportProblem(code, message, null, null, null);
    }
}
