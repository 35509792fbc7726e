package org.cairn.tenancy.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.tenancy.tokens.FakePlatform.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceTokensTest {

    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    private final FakePlatform platform = new FakePlatform();
    private final FakePlatform.MutableClock clock = new FakePlatform.MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final ServiceTokens tokens = new ServiceTokens(() -> FakePlatform.TOOL_KEY, clock, Duration.ofMillis(500));

    @AfterEach
    void stop() {
        platform.close();
    }

    private SignedJWT assertionOf(FakePlatform.Received request) throws Exception {
        return SignedJWT.parse(FakePlatform.split(request.body(), "client_assertion").get(0));
    }

    @Test
    void requestsClientCredentialsWithAPrivateKeyJwtAssertion() throws Exception {
        tokens.token(platform.client(), Set.of(SCORE));

        FakePlatform.Received request = platform.received("/token").get(0);
        assertThat(FakePlatform.split(request.body(), "grant_type")).containsExactly("client_credentials");
        assertThat(FakePlatform.split(request.body(), "client_assertion_type"))
                .containsExactly("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(FakePlatform.split(request.body(), "scope")).containsExactly(SCORE);
        assertThat(request.header("User-Agent")).isEqualTo("Cairn-LTI");
        SignedJWT assertion = assertionOf(request);
        assertThat(assertion.verify(new RSASSAVerifier(FakePlatform.TOOL_KEY.toRSAPublicKey()))).isTrue();
        assertThat(assertion.getHeader().getKeyID()).isEqualTo("cairn-test-key");
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("cairn-client");
        assertThat(claims.getSubject()).isEqualTo("cairn-client");
        assertThat(claims.getAudience()).containsExactly(platform.uri("/token").toString());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void addressesTheAssertionToThePlatformsStatedAudience() throws Exception {
        ServiceClient d2l = new ServiceClient(UUID.randomUUID(), "https://d2l.example", "cairn-client",
                platform.uri("/token"), URI.create("https://api.brightspace.com/auth/token"));
        tokens.token(d2l, Set.of(SCORE));

        assertThat(assertionOf(platform.received("/token").get(0)).getJWTClaimsSet().getAudience())
                .containsExactly("https://api.brightspace.com/auth/token");
    }

    @Test
    void everyAssertionHasAFreshJti() throws Exception {
        tokens.token(platform.client(), Set.of(SCORE));
        tokens.token(platform.client(), Set.of(LINEITEM));

        List<FakePlatform.Received> requests = platform.received("/token");
        assertThat(assertionOf(requests.get(0)).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(assertionOf(requests.get(1)).getJWTClaimsSet().getJWTID());
    }

    @Test
    void cachesPerScopeSetWhateverTheOrder() {
        var first = tokens.token(platform.client(), Set.of(SCORE, LINEITEM));
        var again = tokens.token(platform.client(), new java.util.LinkedHashSet<>(List.of(LINEITEM, SCORE)));
        var other = tokens.token(platform.client(), Set.of(SCORE));

        assertThat(again.value()).isEqualTo(first.value());
        assertThat(other.value()).isNotEqualTo(first.value());
        assertThat(platform.tokensIssued()).isEqualTo(2);
    }

    @Test
    void usesACachedTokenUntilAMinuteBeforeItExpires() {
        var first = tokens.token(platform.client(), Set.of(SCORE));
        clock.advance(Duration.ofSeconds(3600 - 61));
        assertThat(tokens.token(platform.client(), Set.of(SCORE)).value()).isEqualTo(first.value());

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token(platform.client(), Set.of(SCORE)).value()).isNotEqualTo(first.value());
        assertThat(first.expiresAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void invalidatingDropsOnlyThatScopeSet() {
        var score = tokens.token(platform.client(), Set.of(SCORE));
        var lineItem = tokens.token(platform.client(), Set.of(LINEITEM));
        tokens.invalidate(platform.client(), Set.of(SCORE));

        assertThat(tokens.token(platform.client(), Set.of(SCORE)).value()).isNotEqualTo(score.value());
        assertThat(tokens.token(platform.client(), Set.of(LINEITEM)).value()).isEqualTo(lineItem.value());
    }

    @Test
    void invalidClientSaysWhatAnAdministratorShouldCheck() {
        platform.answer("/token", Answer.status(401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown key\"}"));

        assertThatThrownBy(() -> tokens.token(platform.client(), Set.of(SCORE)))
                .isInstanceOfSatisfying(ServiceTokenRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(ServiceTokenRefused.Reason.INVALID_CLIENT);
                    assertThat(e.transientFailure()).isFalse();
                    assertThat(e.getMessage()).contains("cairn-client").contains("invalid_client").contains("unknown key")
                            .contains("JWKS");
                });
    }

    @Test
    void invalidScopeIsNamed() {
        platform.answer("/token", Answer.status(400, "{\"error\":\"invalid_scope\"}"));

        assertThatThrownBy(() -> tokens.token(platform.client(), Set.of(SCORE)))
                .isInstanceOfSatisfying(ServiceTokenRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ServiceTokenRefused.Reason.INVALID_SCOPE));
    }

    @Test
    void anHtmlErrorPageIsAServerErrorWithoutMarkup() {
        platform.answer("/token", new Answer(502, java.util.Map.of("Content-Type", "text/html"), "<html><body>Bad gateway</body></html>"));

        assertThatThrownBy(() -> tokens.token(platform.client(), Set.of(SCORE)))
                .isInstanceOfSatisfying(ServiceTokenRefused.class, e -> {
                    assertThat(e.transientFailure()).isTrue();
                    assertThat(e.getMessage()).contains("502").doesNotContain("<html>");
                });
    }

    @Test
    void aSuccessThatIsNotJsonIsUnreadable() {
        platform.answer("/token", Answer.json("application/json", "{not json"));

        assertThatThrownBy(() -> tokens.token(platform.client(), Set.of(SCORE)))
                .isInstanceOfSatisfying(ServiceTokenRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ServiceTokenRefused.Reason.UNREADABLE_RESPONSE));
    }

    @Test
    void aTokenEndpointThatDoesNotAnswerTimesOut() {
        platform.answer("/token", new Answer(0, java.util.Map.of(), ""));

        assertThatThrownBy(() -> tokens.token(platform.client(), Set.of(SCORE)))
                .isInstanceOfSatisfying(ServiceTokenRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(ServiceTokenRefused.Reason.UNREACHABLE);
                    assertThat(e.getMessage()).contains("did not answer");
                });
    }

    @Test
    void aRegistrationWithoutTokenEndpointCannotCallServices() {
        ServiceClient client = new ServiceClient(UUID.randomUUID(), "https://lms.example", "c", null, null);

        assertThatThrownBy(() -> tokens.token(client, Set.of(SCORE)))
                .isInstanceOfSatisfying(ServiceTokenRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ServiceTokenRefused.Reason.NO_TOKEN_ENDPOINT));
    }

    @Test
    void withoutAToolKeyTheMessageSaysSo() {
        ServiceTokens keyless = new ServiceTokens(() -> null, clock, Duration.ofSeconds(1));

        assertThatThrownBy(() -> keyless.token(platform.client(), Set.of(SCORE)))
                .isInstanceOfSatisfying(ServiceTokenRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(ServiceTokenRefused.Reason.NO_SIGNING_KEY);
                    assertThat(e.getMessage()).contains("tool key");
                });
        assertThat(platform.received("/token")).isEmpty();
    }

    @Test
    void tokensNeverShowTheirValue() {
        assertThat(tokens.token(platform.client(), Set.of(SCORE)).toString()).doesNotContain("token-");
    }

    @Test
    void parsesCanvasTokenResponse() {
        platform.answer("/token", Answer.json("application/json",
                platform.fixture("canvas_oauth2_token_response.json")));

        assertThat(tokens.token(platform.client(), Set.of(SCORE)).expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
    }

    @Test
    void aTeacherReadsInSpanishWhatAnLmsAdministratorShouldCheck() {
        platform.answer("/token", Answer.status(401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown key\"}"));

        assertThatThrownBy(() -> tokens.token(platform.client(), Set.of(SCORE)))
                .isInstanceOfSatisfying(ServiceTokenRefused.class, e -> {
                    var spanish = e.problem().in(Messages.SPANISH);
                    assertThat(spanish.detail()).contains("no acepta a Cairn como cliente cairn-client: invalid_client "
                            + "(unknown key). Un administrador del LMS debe comprobar").contains("claves públicas de Cairn");
                    assertThat(spanish.title()).isEqualTo("El LMS le negó a Cairn un token de servicio");
                });
    }
}
