package org.cairn.tenancy.tokens;

import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * The platform gave Cairn no service token. The message says what an operator can do about it; it never holds
 * the assertion or a token. Answered as 502: the platform, not the caller, failed. The detail is phrased in the
 * reader's language (registration*.properties, {@code tenancy.problem.*}).
 */
public class ServiceTokenRefused extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("lms-token-refused", "The LMS refused Cairn a service token");

    /** Why no token came. {@link #transientFailure()} tells whether trying again later may help. */
    public enum Reason {
        NO_TOKEN_ENDPOINT(false),
        INVALID_CLIENT(false),
        INVALID_SCOPE(false),
        REFUSED(false),
        UNREADABLE_RESPONSE(true),
        SERVER_ERROR(true),
        UNREACHABLE(true),
        NO_SIGNING_KEY(false);

        private final boolean transientFailure;

        Reason(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }
    }

    private final Reason reason;

    public ServiceTokenRefused(Reason reason, Phrase detail) {
        super(Problem.of(TYPE, 502, detail));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public boolean transientFailure() {
        return reason.transientFailure;
    }
}
