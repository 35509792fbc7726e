package org.cairn.session.boundary;

import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/** No usable session token: 401 with {@code WWW-Authenticate: Bearer} (RFC 6750 §3). */
public class Unauthenticated extends ProblemException {

    /** A detail phrased in the reader's language (a {@code session.problem.*} key of roster*.properties). */
    public Unauthenticated(Phrase detail) {
        super(ProblemType.UNAUTHENTICATED, 401, detail);
    }
}
