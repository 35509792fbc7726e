package org.cairn.mastery.control;

import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/** No evidence with this id in this tenant (another tenant's evidence is not found either, never forbidden). */
public class EvidenceNotFound extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("evidence-not-found", "Evidence not found");

    public EvidenceNotFound(UUID id) {
        super(TYPE, 404, Phrase.of("mastery.problem.noEvidence", String.valueOf(id)));
    }
}
