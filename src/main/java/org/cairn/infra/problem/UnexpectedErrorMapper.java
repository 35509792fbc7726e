package org.cairn.infra.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not mapped more specifically is Cairn's fault: a 500 problem with an incident id that is also in
 * the log beside the stack trace, so an operator can find it. The client never sees the trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problems.response(Problem.of(ProblemType.INTERNAL_ERROR, 500,
                "Cairn could not complete this request. Tell your Cairn operator the incident id " + incident + ".")
                .with("incident", incident));
    }
}
