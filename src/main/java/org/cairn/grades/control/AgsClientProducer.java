package org.cairn.grades.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cairn.tenancy.tokens.ServiceCalls;

/**
 * The node's {@link AgsClient}. It does not retry in place: the score outbox reschedules failed deliveries, and
 * a teacher-facing caller shows the failure.
 */
@ApplicationScoped
public class AgsClientProducer {

    @Produces
    @Singleton
    AgsClient agsClient(ServiceCalls calls) {
        return new AgsClient(calls, ServiceCalls.Retries.none(), 1000);
    }
}
