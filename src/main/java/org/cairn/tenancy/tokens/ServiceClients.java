package org.cairn.tenancy.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.cairn.tenancy.control.Registrations;

/** Registration id to {@link ServiceClient}: all a background worker needs to call a platform's services. */
@ApplicationScoped
public class ServiceClients {

    @Inject
    Registrations registrations;

    /**
     * In a transaction of its own when the caller has none: background workers (roster sync, grade delivery) run
     * on managed-executor threads, where a container-managed EntityManager used without a transaction was seen
     * closed under it ("closed EntityManager") in the middle of the lookup.
     */
    @Transactional
    public Optional<ServiceClient> of(UUID registrationId) {
        return registrations.find(registrationId).map(ServiceClient::of);
    }
}
