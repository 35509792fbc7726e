package org.cairn.competency.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * A framework file Cairn will not import, with every problem found (an RFC 9457 {@code errors} extension member,
 * one entry per problem naming the item or line). Nothing was written.
 */
public class FrameworkRejected extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("framework-rejected", "The framework file cannot be imported");

    private final transient List<ImportProblem> errors;

    public FrameworkRejected(String what, List<ImportProblem> errors) {
        super(Problem.of(TYPE, 422, what + ": " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                        + " found, nothing was imported. First: " + errors.get(0).message())
                .with("errors", errors.stream().map(FrameworkRejected::member).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<ImportProblem> errors() {
        return errors;
    }

    private static Map<String, Object> member(ImportProblem p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", p.code());
        m.put("message", p.message());
        if (p.identifier() != null) m.put("identifier", p.identifier());
        if (p.humanCodingScheme() != null) m.put("humanCodingScheme", p.humanCodingScheme());
        if (p.line() != null) m.put("line", p.line());
        return m;
    }
}
