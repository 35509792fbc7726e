package org.cairn.mastery.control;

import java.util.function.Supplier;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * A mastery request that breaks a rule of the domain (points off the scale, correcting evidence that no longer
 * counts, an override without a note): a 4xx with the rule in words, never a 500.
 */
public class MasteryRefused extends ProblemException {

    public static final ProblemType INVALID = new ProblemType("mastery-invalid", "The mastery request is not valid");
    public static final ProblemType STATE = new ProblemType("mastery-conflict", "The evidence is not in a state that allows this");

    public MasteryRefused(ProblemType type, int status, String detail) {
        super(type, status, detail);
    }

    /** Runs an entity's intention, turning its guard's refusal into a problem the caller can act on. */
    public static <T> T guard(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new MasteryRefused(INVALID, 400, e.getMessage());
        } catch (IllegalStateException e) {
            throw new MasteryRefused(STATE, 409, e.getMessage());
        }
    }
}
