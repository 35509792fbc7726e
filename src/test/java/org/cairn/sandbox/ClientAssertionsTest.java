package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairn.sandbox.control.ClientAssertions;
import org.cairn.sandbox.entity.Tool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClientAssertionsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final URI TOKEN = URI.create("http://127.0.0.1:8092/sandbox/token");
    private static final Tool TOOL = new Tool("client-1", "1:d", "Cairn", List.of("http://localhost/lti/launch"),
            URI.create("http://localhost/lti/login"), URI.create("http://localhost/jwks"),
            URI.create("http://localhost/lti/launch"), Set.of());
    private static RSAKey key;
    private static RSAKey stranger;

    private final Set<String> seen = new HashSet<>();
    private final ClientAssertions assertions = new ClientAssertions(Clock.fixed(NOW, ZoneOffset.UTC),
            id -> "client-1".equals(id) ? Optional.of(TOOL) : Optional.empty(),
            tool -> new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())),
            (client, jti, exp) -> seen.add(client + "|" + jti));

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer("client-1").subject("client-1").audience(TOKEN.toString())
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(240))).jwtID("jti-1");
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private String refusal(JWTClaimsSet claims) throws Exception {
        String jwt = sign(claims, key);
        try {
            assertions.verify(jwt, TOKEN);
        } catch (ClientAssertions.Rejected e) {
            assertThat(e.error()).isEqualTo("invalid_client");
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void acceptsAValidAssertion() throws Exception {
        assertThat(assertions.verify(sign(valid().build(), key), TOKEN)).isEqualTo(TOOL);
    }

    @Test
    void refusesAWrongAudience() throws Exception {
        assertThat(refusal(valid().audience("http://127.0.0.1:8092/sandbox/other").build())).contains("aud");
    }

    @Test
    void refusesAnExpiredAssertion() throws Exception {
        assertThat(refusal(valid().expirationTime(Date.from(NOW.minusSeconds(120))).build())).contains("expired");
    }

    @Test
    void refusesAnAssertionValidForMoreThanFiveMinutes() throws Exception {
        assertThat(refusal(valid().expirationTime(Date.from(NOW.plusSeconds(3600))).build())).contains("five minutes");
    }

    @Test
    void refusesAReusedJti() throws Exception {
        assertions.verify(sign(valid().build(), key), TOKEN);
        assertThat(refusal(valid().build())).contains("already used");
    }

    @Test
    void refusesAnUnknownClient() throws Exception {
        assertThat(refusal(valid().issuer("nobody").subject("nobody").build())).contains("not registered");
    }

    @Test
    void refusesASubjectOtherThanTheIssuer() throws Exception {
        assertThat(refusal(valid().subject("someone-else").build())).contains("iss and sub");
    }

    @Test
    void refusesAMissingJti() throws Exception {
        assertThat(refusal(valid().jwtID(null).build())).contains("jti");
    }

    @Test
    void refusesASignatureByAnotherKey() throws Exception {
        String jwt = sign(valid().build(), stranger);
        assertThatThrownBy(() -> assertions.verify(jwt, TOKEN)).isInstanceOf(ClientAssertions.Rejected.class)
                .hasMessageContaining("signature");
    }

    @Test
    void refusesSomethingThatIsNotAJwt() {
        assertThatThrownBy(() -> assertions.verify("not-a-jwt", TOKEN)).isInstanceOf(ClientAssertions.Rejected.class);
    }
}
