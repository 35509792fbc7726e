package org.cairn.infra.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} method whose commit failed (a lost version check, a unique key) throws
 * {@link TransactionalException} after it returned. Jersey's CDI module maps that type itself, and its mapper rethrows
 * it, which ended in Payara's HTML error page (seen in PlansApiIT: two tabs saving "about me" at once). Registered
 * for the exact type so it wins, as {@link MalformedJsonMapper} does; the answer is {@link UnexpectedErrorMapper}'s.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException exception) {
        return Problems.response(UnexpectedErrorMapper.problemFor(exception));
    }
}
