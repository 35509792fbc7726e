package org.cairn.rotations.entity;

import java.util.List;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * A grouping or agenda whose hard constraints cannot all be met (422), or whose input is malformed (400). The
 * problem carries an {@code errors} list, one entry per breach, each naming its constraint and the students or
 * stations involved. Its detail is the breaches' sentences ({@code rotations.problem.*}), phrased in the reader's
 * language when the answer is written; the {@code errors} entries' messages are the English ones.
 */
public class RotationRejected extends ProblemException {

    public static final ProblemType UNMET = new ProblemType("rotation-constraints-unmet",
            "The rotation's constraints cannot all be met");
    public static final ProblemType INVALID = new ProblemType("rotation-invalid", "The rotation's input is not valid");

    private final transient List<Breach> breaches;

    private RotationRejected(ProblemType type, int status, List<Breach> breaches) {
        super(Problem.of(type, status, detail(breaches))
                .with("errors", breaches.stream().map(Breach::asMember).toList()));
        this.breaches = List.copyOf(breaches);
    }

    /** The constraints cannot all be met together: 422. */
    public static RotationRejected unmet(List<Breach> breaches) {
        return new RotationRejected(UNMET, 422, breaches);
    }

    /** The input itself is malformed (zero rounds, unknown station): 400. */
    public static RotationRejected invalid(List<Breach> breaches) {
        return new RotationRejected(INVALID, 400, breaches);
    }

    public static RotationRejected invalid(Breach.Constraint constraint, Phrase message) {
        return invalid(List.of(Breach.of(constraint, message)));
    }

    public List<Breach> breaches() {
        return breaches;
    }

    public int status() {
        return problem().status();
    }

    /** The breaches' sentences joined by "; ", each in the reader's language. */
    private static Phrase detail(List<Breach> breaches) {
        if (breaches.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one breach");
        }
        Phrase detail = breaches.get(0).phrase();
        for (Breach next : breaches.subList(1, breaches.size())) {
            detail = Phrase.of("rotations.problem.breaches", detail, next.phrase());
        }
        return detail;
    }
}
