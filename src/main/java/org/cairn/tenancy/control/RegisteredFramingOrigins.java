package org.cairn.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cairn.infra.web.FramingOrigins;
import org.cairn.tenancy.entity.Registration;

/**
 * The origins of ACTIVE registrations' platforms, for frame-ancestors on every response. Asked on every
 * request, so the set is kept for a short while and dropped at once when an operator changes a registration
 * on this node (other nodes catch up within {@link #KEEP_FOR}).
 */
@ApplicationScoped
public class RegisteredFramingOrigins implements FramingOrigins {

    static final Duration KEEP_FOR = Duration.ofSeconds(30);

    @Inject
    Registrations registrations;

    @Inject
    Clock clock;

    private volatile Set<String> origins;
    private volatile Instant loadedAt = Instant.MIN;

    @Override
    public Set<String> origins() {
        Set<String> current = origins;
        if (current == null || loadedAt.plus(KEEP_FOR).isBefore(clock.instant())) {
            current = load();
        }
        return current;
    }

    /** Registrations changed here: read them again on the next request. */
    public void refresh() {
        origins = null;
    }

    private Set<String> load() {
        Set<String> union = new LinkedHashSet<>();
        for (Registration registration : registrations.all()) {
            if (registration.isActive()) union.addAll(registration.frameOrigins());
        }
        Set<String> loaded = Set.copyOf(union);
        origins = loaded;
        loadedAt = clock.instant();
        return loaded;
    }
}
