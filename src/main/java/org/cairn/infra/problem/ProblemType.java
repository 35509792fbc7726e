package org.cairn.infra.problem;

import java.net.URI;

/**
 * A kind of problem: a stable URI that clients can switch on, and a short title. Features define their own
 * (for example {@code new ProblemType("plan-not-found", "Learning plan not found")}).
 */
public record ProblemType(String slug, String title) {

    public static final ProblemType MALFORMED_JSON = new ProblemType("malformed-json", "The request body is not valid JSON");
    public static final ProblemType INVALID_INPUT = new ProblemType("invalid-input", "The request is not valid");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", "Method not allowed");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type", "Unsupported media type");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", "Not acceptable");
    public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", "Sign-in needed");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", "Not allowed");
    public static final ProblemType CONFLICT = new ProblemType("conflict", "Conflict");
    public static final ProblemType HTTP_ERROR = new ProblemType("http-error", "Request failed");
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", "Something went wrong in Cairn");

    public URI uri() {
        return URI.create("urn:cairn:problem:" + slug);
    }
}
