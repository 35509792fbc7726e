package org.cairn.competency.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * A course's standards or scale that Cairn will not save, with every problem found (an {@code errors} extension
 * member naming the field, like {@code standards[2].unit}). Nothing was saved. The detail is phrased in the
 * reader's language; each error's {@code message} member is its English sentence.
 */
public class InputRejected extends ProblemException {

    /** The same type as every other invalid request ({@link ProblemType#INVALID_INPUT}). */
    public static final ProblemType TYPE = ProblemType.INVALID_INPUT;

    /** One problem: where (a JSON path into the request) and what, as a phrase of competency*.properties. */
    public record FieldProblem(String field, Phrase phrase) {

        /** The problem in English. */
        public String message() {
            return phrase.english();
        }
    }

    private final transient List<FieldProblem> errors;

    /** {@code what}: the phrase saying what was not saved ("The mastery scale was not saved"). */
    public InputRejected(Phrase what, List<FieldProblem> errors) {
        super(Problem.of(TYPE, 400, detail(what, errors))
                .with("errors", errors.stream().map(InputRejected::member).toList()));
        this.errors = List.copyOf(errors);
    }

    private static Phrase detail(Phrase what, List<FieldProblem> errors) {
        Phrase first = errors.get(0).phrase();
        return errors.size() == 1 ? Phrase.of("competency.problem.inputRejected", what, first)
                : Phrase.of("competency.problem.inputRejectedMore", what, first, String.valueOf(errors.size() - 1));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    private static Map<String, Object> member(FieldProblem p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("field", p.field());
        m.put("message", p.phrase()); // phrased in the reader's language with the problem (Problem.in)
        return m;
    }
}
