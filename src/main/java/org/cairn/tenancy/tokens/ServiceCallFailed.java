package org.cairn.tenancy.tokens;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.Problem;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * An LMS service (NRPS, AGS) call that did not succeed, with what is known: the kind of failure, the HTTP status
 * (0 when there was no answer), and the platform's {@code Retry-After} if it sent one. The message names the URL
 * and the status, never the token; its problem's detail is a phrase (the clients' {@code roster.problem.*},
 * {@code grades.problem.*} and {@code tenancy.problem.*} sentences), read in the reader's language.
 */
public class ServiceCallFailed extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("lms-service-failed", "An LMS service call failed");

    public enum Kind {
        /** 401 twice, with a fresh token the second time. */
        UNAUTHORIZED(true),
        /** 429, or Canvas's historical 403 "Rate Limit Exceeded". */
        RATE_LIMITED(true),
        SERVER_ERROR(true),
        UNREACHABLE(true),
        /** Any other 4xx: the same request will fail the same way. */
        CLIENT_ERROR(false),
        /** The answer was not what the specification says (media type, JSON, paging). */
        BAD_RESPONSE(false);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        public boolean transientFailure() {
            return transientFailure;
        }
    }

    private final Kind kind;
    private final int status;
    private final transient Optional<Duration> retryAfter;
    private final URI uri;

    public ServiceCallFailed(Kind kind, URI uri, int status, Optional<Duration> retryAfter, Phrase detail) {
        this(Problem.of(TYPE, 502, detail), kind, uri, status, retryAfter);
    }

    private ServiceCallFailed(Problem problem, Kind kind, URI uri, int status, Optional<Duration> retryAfter) {
        super(problem);
        this.kind = kind;
        this.uri = uri;
        this.status = status;
        this.retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    public static ServiceCallFailed badResponse(URI uri, Phrase detail) {
        return new ServiceCallFailed(Kind.BAD_RESPONSE, uri, 200, Optional.empty(), detail);
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    public URI uri() {
        return uri;
    }

    public boolean transientFailure() {
        return kind.transientFailure();
    }
}
