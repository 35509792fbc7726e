package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.cairn.lti.launch.control.IdTokenValidator;
import org.cairn.lti.launch.control.PlatformKeys;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platform's JWKS over real HTTP: cached, refetched once for an unknown kid, with a User-Agent. */
class PlatformKeysTest {

    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<String> jwks = new AtomicReference<>();
    private final AtomicReference<String> userAgent = new AtomicReference<>();
    private URI jwksUri;
    private final RSAKey k1 = TestTokens.rsaKey("k1");

    @BeforeEach
    void start() throws IOException {
        jwks.set(TestTokens.publicJwks(k1));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        jwksUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void validate(JWKSource<SecurityContext> source, RSAKey signer, String nonce) {
        Instant now = Instant.now();
        var claims = TestTokens.resourceLinkClaims("https://lms", "c", "d", nonce, now);
        var validator = new IdTokenValidator(Clock.fixed(now, ZoneOffset.UTC), (i, n, u) -> true,
                Set.of("LtiResourceLinkRequest"), false);
        validator.validate(IdTokenValidator.parse(TestTokens.sign(claims, signer)),
                new IdTokenValidator.Expectation(UUID.randomUUID(), "https://lms", "c", List.of("RS256"), nonce, null,
                        Set.of("lms")), source);
    }

    @Test
    void cachesTheKeysAcrossLaunches() {
        JWKSource<SecurityContext> source = PlatformKeys.build(jwksUri, PlatformKeys.Settings.defaults());
        for (int i = 0; i < 20; i++) validate(source, k1, "n" + i);
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aHundredBogusKidsCauseAtMostOneFetch() {
        JWKSource<SecurityContext> source = PlatformKeys.build(jwksUri, PlatformKeys.Settings.defaults());
        validate(source, k1, "first");
        int before = fetches.get();
        for (int i = 0; i < 100; i++) {
            RSAKey bogus = new RSAKey.Builder(k1).keyID("bogus-" + i).build();
            assertThatThrownBy(() -> validate(source, bogus, "x")).isInstanceOfSatisfying(LaunchRejected.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KID));
        }
        assertThat(fetches.get() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void aRotatedKeyIsFetchedOnItsFirstUse() {
        JWKSource<SecurityContext> source = PlatformKeys.build(jwksUri, PlatformKeys.Settings.defaults());
        validate(source, k1, "before");
        RSAKey k2 = TestTokens.rsaKey("k2");
        jwks.set(TestTokens.publicJwks(k1, k2));
        validate(source, k2, "after");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void sendsAUserAgent() {
        validate(PlatformKeys.build(jwksUri, PlatformKeys.Settings.defaults()), k1, "ua");
        assertThat(userAgent.get()).startsWith("Cairn-LTI/");
    }

    @Test
    void anUnreachableJwksIsKeysUnavailableNotACrash() {
        JWKSource<SecurityContext> source = PlatformKeys.build(URI.create("http://127.0.0.1:1/jwks"),
                new PlatformKeys.Settings(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMillis(500)));
        assertThatThrownBy(() -> validate(source, k1, "down")).isInstanceOfSatisfying(LaunchRejected.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.KEYS_UNAVAILABLE));
    }
}
