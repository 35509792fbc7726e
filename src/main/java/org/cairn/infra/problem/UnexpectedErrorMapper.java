package org.cairn.infra.problem;

import org.cairn.infra.i18n.Phrase;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.infra.persistence.VersionConflict;

/**
 * Anything not mapped more specifically is Cairn's fault: a 500 problem with an incident id that is also in
 * the log beside the stack trace, so an operator can find it. The client never sees the trace.
 * <p>
 * Except a save that lost a {@code @Version} check to a simultaneous one, wherever it is in the cause chain: that is
 * nobody's fault. The winner's write is kept and this one was rolled back, so the answer is a 409 that says so: the
 * same one as for a save from a page opened before another save ({@link StaleSave}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        return Problems.response(problemFor(exception));
    }

    /** The problem for a failure no other mapper took; {@link TransactionFailureMapper} and {@link EjbFailureMapper} use it too. */
    static Problem problemFor(Throwable exception) {
        if (VersionConflict.in(exception)) {
            LOG.info("A save lost its version check to a simultaneous one and was refused (409): " + exception);
            return StaleSave.problem();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problem.of(ProblemType.INTERNAL_ERROR, 500, Phrase.of("problem.internal", incident))
                .with("incident", incident);
    }
}
