package org.cairn.session.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cairn.infra.problem.Problems;

/** Adds the RFC 6750 challenge to the problem+json body. */
@Provider
public class UnauthenticatedMapper implements ExceptionMapper<Unauthenticated> {

    @Override
    public Response toResponse(Unauthenticated exception) {
        Response response = Problems.response(exception.problem());
        return Response.fromResponse(response)
                .header("WWW-Authenticate", "Bearer realm=\"cairn\", error=\"invalid_token\"")
                .build();
    }
}
