package org.cairn.plans.control;

import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/** A person tried something in learning plans that their role in the course does not allow (403). */
public class PlanAccessDenied extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("plan-access-denied", "Not allowed in this learning plan");

    /** The rule that refused, a phrase of i18n/plans*.properties ({@code plans.problem.*}). */
    public PlanAccessDenied(Phrase detail) {
        super(TYPE, 403, detail);
    }
}
