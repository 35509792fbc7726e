package org.cairn.infra.problem;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Syntax errors in a JSON body. Registered for the exact type so it wins over Jersey's plain-text mapper. */
@Provider
@Priority(1)
public class MalformedJsonMapper implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
        return Problems.response(Problem.of(ProblemType.MALFORMED_JSON, 400,
                JsonErrors.describe(exception)));
    }
}
