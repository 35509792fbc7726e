package org.cairn.lti.launch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.infra.web.FramingOrigins;
import org.cairn.tenancy.entity.RegistrationStatus;

/**
 * The origins of active registrations' platforms (issuer and authorization endpoint), which frame Cairn's launch
 * pages. Read at most every few seconds: this runs on every response.
 */
@ApplicationScoped
public class PlatformFramingOrigins implements FramingOrigins {

    private static final Logger LOG = Logger.getLogger(PlatformFramingOrigins.class.getName());
    private static final Duration FRESH_FOR = Duration.ofSeconds(2);

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    private volatile Set<String> cached = Set.of();
    private volatile long readAt;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> origins() {
        long now = System.nanoTime();
        if (readAt != 0 && now - readAt < FRESH_FOR.toNanos()) return cached;
        List<Object[]> rows;
        try {
            rows = em.createQuery("SELECT r.issuer, r.authorizationEndpoint FROM Registration r "
                            + "WHERE r.status = :active", Object[].class)
                    .setParameter("active", RegistrationStatus.ACTIVE).getResultList();
        } catch (RuntimeException e) {
            // Framing headers must never break a response (database briefly away): keep the last known origins.
            LOG.log(Level.WARNING, "Could not read platform origins for frame-ancestors; using the last known", e);
            readAt = now;
            return cached;
        }
        Set<String> origins = new LinkedHashSet<>();
        for (Object[] row : rows) {
            for (Object value : row) {
                String origin = origin((String) value);
                if (origin != null) origins.add(origin);
            }
        }
        cached = Set.copyOf(origins);
        readAt = now;
        return cached;
    }

    public static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) return null;
            String scheme = uri.getScheme().toLowerCase();
            if (!scheme.equals("https") && !scheme.equals("http")) return null;
            return scheme + "://" + uri.getHost().toLowerCase() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
