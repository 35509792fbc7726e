package org.cairn.infra.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Well-formed JSON of the wrong shape (a string where a number belongs, an unknown enum value, a missing body). */
@Provider
@Priority(1)
public class UnmappableJsonMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
        return Problems.response(Problem.of(ProblemType.INVALID_INPUT, 400, JsonErrors.describe(exception)));
    }
}
