package org.cairn.infra.problem;

import org.cairn.infra.i18n.Phrase;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (no such path, wrong method, wrong media type) as problem+json. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        int status = original.getStatus();
        String path = uriInfo == null ? "" : "/" + uriInfo.getPath();
        Problem problem;
        // A path or query parameter that is not of its type (an id that is not a UUID) is JAX-RS's own 404 without
        // being a NotFoundException: for the client, too, nothing is at that path.
        if (exception instanceof NotFoundException || status == 404) {
            problem = Problem.of(ProblemType.NOT_FOUND, 404, Phrase.of("infra.problem.nothingAt", path));
        } else if (exception instanceof NotAllowedException) {
            problem = Problem.of(ProblemType.METHOD_NOT_ALLOWED, 405,
                    Phrase.of("infra.problem.methodNotAllowed", path, original.getAllowedMethods().toString()));
        } else if (exception instanceof NotSupportedException) {
            problem = Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415,
                    Phrase.of("infra.problem.unsupportedMediaType", path));
        } else if (exception instanceof NotAcceptableException) {
            problem = Problem.of(ProblemType.NOT_ACCEPTABLE, 406,
                    Phrase.of("infra.problem.notAcceptable", path));
        } else {
            String reason = original.getStatusInfo().getReasonPhrase();
            // The reason phrase is HTTP's own English: it stays, inside a sentence in the reader's language.
            problem = reason == null ? Problem.of(ProblemType.HTTP_ERROR, status, Phrase.of("infra.problem.requestFailed"))
                    : Problem.of(ProblemType.HTTP_ERROR, status,
                            Phrase.of("infra.problem.requestFailedWith", String.valueOf(status), reason));
        }
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(problem));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) builder.header(name, values.isEmpty() ? null : values.get(0));
        });
        return builder.type(Problem.MEDIA_TYPE).build();
    }
}
