package org.cairn.infra.problem;

import org.cairn.infra.i18n.Phrase;

/**
 * The base of Cairn's own client-facing errors. Subclasses are specific ({@code PlanNotFound},
 * {@code LaunchRejected}) and carry the offending value in their detail; {@link ProblemExceptionMapper}
 * turns every one of them into {@code application/problem+json}. A detail a teacher, student or admin reads is a
 * {@link Phrase}, so that it reaches them in their page's language; a String detail stays English whatever the
 * reader asked for (only the sandbox LMS's developer API still uses them).
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, int status, String detail) {
        this(Problem.of(type, status, detail));
    }

    /** A detail phrased in the reader's language: the key and arguments of a message in the feature's bundle. */
    public ProblemException(ProblemType type, int status, Phrase detail) {
        this(Problem.of(type, status, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /**
     * The detail as a phrase for a reader who comes later (a failure kept for a status page), to be phrased in their
     * language: the phrase it was raised with; a detail given as an English sentence is kept as written.
     */
    public Phrase detailPhrase() {
        return problem.phrase() != null ? problem.phrase() : Phrase.asWritten(problem.detail());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, 404, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.INVALID_INPUT, 400, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, 403, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, 409, detail);
    }

    public static ProblemException notFound(Phrase detail) {
        return new ProblemException(ProblemType.NOT_FOUND, 404, detail);
    }

    public static ProblemException badRequest(Phrase detail) {
        return new ProblemException(ProblemType.INVALID_INPUT, 400, detail);
    }

    public static ProblemException forbidden(Phrase detail) {
        return new ProblemException(ProblemType.FORBIDDEN, 403, detail);
    }

    public static ProblemException conflict(Phrase detail) {
        return new ProblemException(ProblemType.CONFLICT, 409, detail);
    }
}
