package org.cairn.mastery.control;

import java.util.function.Supplier;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;
import org.cairn.mastery.entity.MasteryRule;

/**
 * A mastery request that breaks a rule of the domain (points off the scale, correcting evidence that no longer
 * counts, an override without a note): a 4xx with the rule in words, in the reader's language, never a 500.
 */
public class MasteryRefused extends ProblemException {

    public static final ProblemType INVALID = new ProblemType("mastery-invalid", "The mastery request is not valid");
    public static final ProblemType STATE = new ProblemType("mastery-conflict", "The evidence is not in a state that allows this");

    /** The rule as a sentence of mastery*.properties ({@code mastery.problem.*}). */
    public MasteryRefused(ProblemType type, int status, Phrase detail) {
        super(type, status, detail);
    }

    /** Only for a guard's refusal that has no sentence of its own (not a {@link MasteryRule}): its English message. */
    MasteryRefused(ProblemType type, int status, String detail) {
        super(type, status, detail);
    }

    /** Runs an entity's intention, turning its guard's refusal into a problem the caller can act on. */
    public static <T> T guard(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw refused(INVALID, 400, e);
        } catch (IllegalStateException e) {
            throw refused(STATE, 409, e);
        }
    }

    private static MasteryRefused refused(ProblemType type, int status, RuntimeException e) {
        return e instanceof MasteryRule.Phrased rule ? new MasteryRefused(type, status, rule.phrase())
                : new MasteryRefused(type, status, e.getMessage());
    }
}
