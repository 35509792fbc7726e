package org.cairn.roster.nrps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.cairn.tenancy.tokens.Backoff;
import org.cairn.tenancy.tokens.ServiceCalls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The node's {@link MembershipClient}, configured from cairn.nrps.*. */
@ApplicationScoped
public class MembershipClientProducer {

    @Inject
    @ConfigProperty(name = "cairn.nrps.max-pages", defaultValue = "1000")
    int maxPages;

    @Inject
    @ConfigProperty(name = "cairn.nrps.retries", defaultValue = "3")
    int retries;

    @Inject
    @ConfigProperty(name = "cairn.nrps.longest-wait", defaultValue = "PT30S")
    Duration longestWait;

    @Produces
    @Singleton
    MembershipClient membershipClient(ServiceCalls calls) {
        ServiceCalls.Retries inline = new ServiceCalls.Retries(retries,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), new java.util.Random()),
                longestWait, delay -> Thread.sleep(delay.toMillis()));
        return new MembershipClient(calls, inline, maxPages);
    }
}
