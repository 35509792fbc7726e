package org.cairn.competency.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairn.competency.entity.FrameworkSource;
import org.cairn.competency.entity.StandardType;
import org.cairn.infra.i18n.Phrase;

/**
 * Reads a district framework without CASE from CSV (RFC 4180: commas, double quotes, quoted line breaks). The header
 * is required and names the columns code, statement, type, parent_code, sequence (any order; other columns are
 * ignored). Every problem is collected with its line number before anything is written; the code is each item's
 * stable key for a re-import.
 */
public final class CsvFrameworkReader {

    static final List<String> COLUMNS = List.of("code", "statement", "type", "parent_code", "sequence");

    private CsvFrameworkReader() {
    }

    public static FrameworkDraft read(String frameworkIdentifier, String title, String csv) {
        var problems = new ArrayList<ImportProblem>();
        List<Row> rows = parse(csv == null ? "" : csv, problems);
        if (rows.isEmpty()) {
            throw new FrameworkRejected(FrameworkRejected.csvFramework(null), List.of(ImportProblem.atLine("empty", 1,
                    Phrase.of("competency.problem.csvEmpty", String.join(",", COLUMNS)))));
        }
        Row header = rows.get(0);
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < header.fields.size(); i++) {
            index.putIfAbsent(header.fields.get(i).strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip(), i);
        }
        var missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FrameworkRejected(FrameworkRejected.csvFramework(null), List.of(ImportProblem.atLine("missing-header",
                    header.line, Phrase.of("competency.problem.csvMissingColumns", String.join(",", COLUMNS),
                            String.join(", ", missing)))));
        }
        var byCode = new LinkedHashMap<String, Row>();
        var parents = new HashMap<String, String>();
        var sequences = new HashMap<String, Integer>();
        var types = new HashMap<String, StandardType>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields.stream().allMatch(String::isBlank)) continue;
            if (row.fields.size() < header.fields.size()) {
                problems.add(ImportProblem.atLine("wrong-column-count", row.line, Phrase.of("competency.problem.csvColumnCount",
                        String.valueOf(header.fields.size()), String.valueOf(row.fields.size()))));
                continue;
            }
            String code = row.get(index, "code");
            if (code.isEmpty()) {
                problems.add(ImportProblem.atLine("missing-code", row.line, Phrase.of("competency.problem.csvNoCode")));
                continue;
            }
            if (byCode.containsKey(code)) {
                problems.add(ImportProblem.atLine("duplicate-code", row.line, Phrase.of("competency.problem.csvCodeTwice", code,
                        String.valueOf(byCode.get(code).line)), code));
                continue;
            }
            byCode.put(code, row);
            if (row.get(index, "statement").isEmpty()) {
                problems.add(ImportProblem.atLine("missing-statement", row.line,
                        Phrase.of("competency.problem.csvNoStatement", code), code));
            }
            String type = row.get(index, "type");
            if (!type.isEmpty()) {
                try {
                    types.put(code, StandardType.valueOf(type.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(ImportProblem.atLine("invalid-type", row.line,
                            Phrase.of("competency.problem.csvInvalidType", type), code));
                }
            }
            String sequence = row.get(index, "sequence");
            if (!sequence.isEmpty()) {
                try {
                    sequences.put(code, Integer.parseInt(sequence));
                } catch (NumberFormatException e) {
                    problems.add(ImportProblem.atLine("invalid-sequence", row.line,
                            Phrase.of("competency.problem.csvInvalidSequence", sequence), code));
                }
            }
            String parent = row.get(index, "parent_code");
            if (!parent.isEmpty()) parents.put(code, parent);
        }
        for (var entry : parents.entrySet()) {
            if (!byCode.containsKey(entry.getValue())) {
                Row row = byCode.get(entry.getKey());
                problems.add(ImportProblem.atLine("unknown-parent", row.line, Phrase.of("competency.problem.csvUnknownParent",
                        entry.getValue(), entry.getKey()), entry.getKey()));
            }
        }
        for (String code : byCode.keySet()) {
            var seen = new ArrayList<String>();
            String node = code;
            while (node != null && byCode.containsKey(node) && !seen.contains(node)) {
                seen.add(node);
                node = parents.get(node);
            }
            if (code.equals(node)) {
                problems.add(ImportProblem.atLine("cycle", byCode.get(code).line, Phrase.of("competency.problem.csvCycle",
                        String.join(" → ", seen) + " → " + code), code));
            }
        }
        if (byCode.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.atLine("no-items", header.line, Phrase.of("competency.problem.csvNoItems")));
        }
        if (!problems.isEmpty()) throw new FrameworkRejected(FrameworkRejected.csvFramework(title), problems);

        var document = new FrameworkDraft.Document(frameworkIdentifier, null, title, null, null, null, null, FrameworkSource.CSV);
        var items = Trees.inTreeOrder(byCode.keySet(), parents, sequences, (code, parent, position, hasChildren) ->
                new FrameworkDraft.Item(code, null, code, byCode.get(code).get(index, "statement"),
                        types.containsKey(code) ? types.get(code).name().toLowerCase(Locale.ROOT) : null,
                        types.getOrDefault(code, Trees.inferType(parent, hasChildren)), null, parent, position));
        return new FrameworkDraft(document, items, List.of());
    }

    private record Row(int line, List<String> fields) {
        String get(Map<String, Integer> index, String column) {
            int i = index.get(column);
            return i < fields.size() ? fields.get(i).strip() : "";
        }
    }

    /** RFC 4180 records with the line each starts on; an unclosed quote is a problem at its line. */
    private static List<Row> parse(String csv, List<ImportProblem> problems) {
        var rows = new ArrayList<Row>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    rows.add(new Row(recordLine, List.copyOf(fields)));
                    fields.clear();
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) problems.add(ImportProblem.atLine("unclosed-quote", quoteLine, Phrase.of("competency.problem.csvUnclosedQuote")));
        if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }
}
