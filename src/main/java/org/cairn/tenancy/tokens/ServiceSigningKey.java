package org.cairn.tenancy.tokens;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the {@code Supplier<RSAKey>} that signs service token assertions: the tool key in use now. Whoever
 * owns the tool keys produces one, for example
 * {@code @Produces @ServiceSigningKey Supplier<RSAKey> key(ToolKeys keys) { return keys::signingKey; }}.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE})
public @interface ServiceSigningKey {
}
