package org.cairn.competency.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * A course's standards or scale that Cairn will not save, with every problem found (an {@code errors} extension
 * member naming the field, like {@code standards[2].unit}). Nothing was saved.
 */
public class InputRejected extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("invalid-input", "The request is not valid");

    /** One problem: where (a JSON path into the request) and what. */
    public record FieldProblem(String field, String message) {
    }

    private final transient List<FieldProblem> errors;

    public InputRejected(String what, List<FieldProblem> errors) {
        super(Problem.of(TYPE, 400, what + ": " + errors.get(0).message()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "") + ". Nothing was saved.")
                .with("errors", errors.stream().map(InputRejected::member).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    private static Map<String, Object> member(FieldProblem p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("field", p.field());
        m.put("message", p.message());
        return m;
    }
}
