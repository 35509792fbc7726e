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

    /**
     * Short, because a registration added on another node (or committed just after a refresh here) must frame
     * within seconds: a platform that cannot frame Cairn shows its users a blank box.
     */
    static final Duration KEEP_FOR = Duration.ofSeconds(2);

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            RegisteredFramingOrigins.class.getName());

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
        try {
            for (Registration registration : registrations.all()) {
                if (registration.isActive()) union.addAll(registration.frameOrigins());
            }
        } catch (RuntimeException e) {
            // Framing headers must never break a response (the database briefly away): keep the last known set.
            LOG.log(java.util.logging.Level.WARNING, "Could not read registrations for frame-ancestors", e);
            Set<String> last = origins;
            loadedAt = clock.instant();
            return last == null ? Set.of() : last;
        }
        Set<String> loaded = Set.copyOf(union);
        origins = loaded;
        loadedAt = clock.instant();
        return loaded;
    }
}
