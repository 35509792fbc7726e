package org.cairn.competency.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * A framework file Cairn will not import, with every problem found (an RFC 9457 {@code errors} extension member,
 * one entry per problem naming the item or line). Nothing was written. The detail is phrased in the reader's
 * language; each error's {@code message} member is its English sentence.
 */
public class FrameworkRejected extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("framework-rejected", "The framework file cannot be imported");

    private final transient List<ImportProblem> errors;

    /** {@code what}: the phrase naming the file ({@link #casePackage}, {@link #csvFramework}). */
    public FrameworkRejected(Phrase what, List<ImportProblem> errors) {
        super(Problem.of(TYPE, 422, detail(what, errors))
                .with("errors", errors.stream().map(FrameworkRejected::member).toList()));
        this.errors = List.copyOf(errors);
    }

    /** "CASE package", or "CASE package {identifier}" when its CFDocument is known. */
    public static Phrase casePackage(String documentIdentifier) {
        return documentIdentifier == null ? Phrase.of("competency.problem.casePackage")
                : Phrase.of("competency.problem.casePackageNamed", documentIdentifier);
    }

    /** "CSV framework", or "CSV framework {title}". */
    public static Phrase csvFramework(String title) {
        return title == null ? Phrase.of("competency.problem.csvFramework")
                : Phrase.of("competency.problem.csvFrameworkNamed", title);
    }

    private static Phrase detail(Phrase what, List<ImportProblem> errors) {
        Phrase first = errors.get(0).phrase();
        return errors.size() == 1 ? Phrase.of("competency.problem.frameworkRejectedOne", what, first)
                : Phrase.of("competency.problem.frameworkRejectedMany", what, String.valueOf(errors.size()), first);
    }

    public List<ImportProblem> errors() {
        return errors;
    }

    private static Map<String, Object> member(ImportProblem p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", p.code());
        m.put("message", p.phrase()); // phrased in the reader's language with the problem (Problem.in)
        if (p.identifier() != null) m.put("identifier", p.identifier());
        if (p.humanCodingScheme() != null) m.put("humanCodingScheme", p.humanCodingScheme());
        if (p.line() != null) m.put("line", p.line());
        return m;
    }
}
