package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.cairn.lti.launch.control.IdTokenValidator;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.cairn.lti.launch.entity.Reason;
import org.cairn.session.entity.CourseRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real payloads (1EdTech certification suite, Canvas, Moodle, Blackboard; see each .source.txt) re-signed with a
 * test key with fresh iat/exp/nonce: every resource link launch is accepted; other message types are refused at
 * this endpoint by name.
 */
class LaunchFixturesTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final RSAKey KEY = TestTokens.rsaKey("fixture-key");

    static Stream<String> fixtures() throws IOException {
        Path root = Path.of("src/test/resources/fixtures/lti");
        try (Stream<Path> files = Files.walk(root)) {
            // Launch messages only: the folder also holds service and registration payloads used by other tests.
            return files.filter(p -> p.toString().endsWith(".id_token.json") || p.toString().endsWith(".payload.json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyResourceLinkFixtureLaunches(String fixture) {
        Map<String, Object> claims = TestTokens.fixture(fixture);
        String issuer = (String) claims.get("iss");
        Object audience = claims.get("aud");
        String clientId = audience instanceof List<?> list ? (String) list.get(0) : (String) audience;
        claims.put("iat", NOW.minusSeconds(5).getEpochSecond());
        claims.put("exp", NOW.plusSeconds(300).getEpochSecond());
        claims.put("nonce", "fresh-" + fixture);
        var expectation = new IdTokenValidator.Expectation(UUID.randomUUID(), issuer, clientId, List.of("RS256"),
                "fresh-" + fixture, null, IdTokenValidator.hostsOf(issuer, List.of()));
        var validator = new IdTokenValidator(Clock.fixed(NOW, ZoneOffset.UTC), (i, n, u) -> true,
                Set.of("LtiResourceLinkRequest"), false);
        var keys = new ImmutableJWKSet<SecurityContext>(new JWKSet(KEY.toPublicJWK()));
        String token = TestTokens.sign(claims, KEY);
        String messageType = (String) claims.get(TestTokens.LTI + "message_type");
        if ("LtiResourceLinkRequest".equals(messageType)) {
            LtiLaunch launch = validator.validate(IdTokenValidator.parse(token), expectation, keys);
            assertThat(launch.sub()).isNotBlank();
            assertThat(launch.resourceLinkId()).isNotBlank();
            assertThat(CourseRole.of(launch.roles())).isNotNull();
        } else {
            assertThatThrownBy(() -> validator.validate(IdTokenValidator.parse(token), expectation, keys))
                    .isInstanceOfSatisfying(LaunchRejected.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_MESSAGE_TYPE);
                        assertThat(e.detail()).contains(messageType);
                    });
        }
    }
}
