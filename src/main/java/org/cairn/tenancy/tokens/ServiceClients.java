package org.cairn.tenancy.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.cairn.tenancy.control.Registrations;

/** Registration id to {@link ServiceClient}: all a background worker needs to call a platform's services. */
@ApplicationScoped
public class ServiceClients {

    @Inject
    Registrations registrations;

    public Optional<ServiceClient> of(UUID registrationId) {
        return registrations.find(registrationId).map(ServiceClient::of);
    }
}
