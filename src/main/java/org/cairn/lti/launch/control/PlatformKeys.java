package org.cairn.lti.launch.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One cached JWKSource per registration (lti-checklist "Keys"): Nimbus's cache with refresh-ahead, a rate limit
 * (an unknown kid refetches at most once per interval, so a flood of bogus kids costs one fetch), and outage
 * tolerance (a platform JWKS outage does not stop launches signed with keys we already have). A registration
 * whose jwks_uri changes gets a new source.
 */
@ApplicationScoped
public class PlatformKeys {

    /** Some Moodle sites refuse requests without a User-Agent. */
    public static final String USER_AGENT = "Cairn-LTI/" + version();

    @Inject
    @ConfigProperty(name = "cairn.lti.jwks.cache-ttl", defaultValue = "PT15M")
    Duration cacheTtl;

    @Inject
    @ConfigProperty(name = "cairn.lti.jwks.min-refetch-interval", defaultValue = "PT30S")
    Duration minRefetchInterval;

    @Inject
    @ConfigProperty(name = "cairn.lti.jwks.timeout", defaultValue = "PT5S")
    Duration timeout;

    private final Map<UUID, Cached> sources = new ConcurrentHashMap<>();

    private record Cached(URI jwksUri, JWKSource<SecurityContext> source) {
    }

    /** Settings of a key source. */
    public record Settings(Duration cacheTtl, Duration minRefetchInterval, Duration timeout) {
        public static Settings defaults() {
            return new Settings(Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofSeconds(5));
        }
    }

    public JWKSource<SecurityContext> of(UUID registrationId, URI jwksUri) {
        return sources.compute(registrationId, (id, cached) -> cached != null && cached.jwksUri().equals(jwksUri)
                ? cached : new Cached(jwksUri, build(jwksUri, new Settings(cacheTtl, minRefetchInterval, timeout))))
                .source();
    }

    /** Forgets a registration's keys (it was deleted or its keys must be fetched again now). */
    public void forget(UUID registrationId) {
        sources.remove(registrationId);
    }

    public static JWKSource<SecurityContext> build(URI jwksUri, Settings settings) {
        int millis = (int) settings.timeout().toMillis();
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(millis, millis, 512 * 1024);
        retriever.setHeaders(Map.of("User-Agent", List.of(USER_AGENT), "Accept", List.of("application/json")));
        long ttl = settings.cacheTtl().toMillis();
        try {
            URL url = jwksUri.toURL();
            return JWKSourceBuilder.<SecurityContext>create(url, retriever)
                    .cache(ttl, millis)
                    .refreshAheadCache(Math.min(30_000L, ttl / 4), false)
                    .rateLimited(settings.minRefetchInterval().toMillis())
                    .outageTolerant(Math.max(ttl * 4, Duration.ofHours(1).toMillis()))
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The registration's jwks_uri is not a URL: " + jwksUri, e);
        }
    }

    private static String version() {
        String version = PlatformKeys.class.getPackage() == null ? null
                : PlatformKeys.class.getPackage().getImplementationVersion();
        return version == null ? "0.1" : version;
    }
}
