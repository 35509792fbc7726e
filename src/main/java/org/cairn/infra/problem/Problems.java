package org.cairn.infra.problem;

import jakarta.ws.rs.core.Response;

/** Builds the HTTP response for a problem. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(problem)
                .build();
    }
}
