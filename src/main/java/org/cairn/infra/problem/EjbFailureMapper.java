package org.cairn.infra.problem;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure that reached JAX-RS through an enterprise bean ({@code EJBTransactionRolledbackException} when its
 * commit failed). Jersey's EJB module maps that type itself: it maps the bean's cause when it has one and otherwise
 * answers an empty 500, which Payara turns into its HTML error page. Registered for the exact type so it wins; the
 * answer is {@link UnexpectedErrorMapper}'s, which reads the whole cause chain.
 */
@Provider
@Priority(1)
public class EjbFailureMapper implements ExceptionMapper<EJBException> {

    @Override
    public Response toResponse(EJBException exception) {
        return Problems.response(UnexpectedErrorMapper.problemFor(exception));
    }
}
