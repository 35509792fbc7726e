package org.cairn.tenancy.keys;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cairn.tenancy.tokens.ServiceSigningKey;

/** Service token assertions are signed with the tool key in use at the moment of signing (rotation-safe). */
@ApplicationScoped
public class ServiceSigningKeys {

    @Inject
    ToolKeys toolKeys;

    @Produces
    @ServiceSigningKey
    Supplier<RSAKey> currentSigningKey() {
        return toolKeys::signingKey;
    }
}
