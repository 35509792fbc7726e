package org.cairn.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cairn.lti.deeplinking.control.DeepLinkingTokens;
import org.cairn.lti.deeplinking.entity.ContentChoice;
import org.cairn.lti.deeplinking.entity.SelectionTicket;
import org.cairn.lti.launch.TestTokens;
import org.junit.jupiter.api.Test;

class DeepLinkingTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final URI RESPONSE = URI.create("https://cairn.example/lti/deep-linking/response");
    private static final RSAKey KEY = TestTokens.rsaKey("cairn-k1");

    private final DeepLinkingTokens tokens = new DeepLinkingTokens(Clock.fixed(NOW, ZoneOffset.UTC), RESPONSE);

    private static SelectionTicket ticket(String data) {
        return new SelectionTicket(UUID.randomUUID(), "https://canvas.instructure.com", "10000000000042", "dep-1",
                URI.create("https://school.instructure.com/courses/7/deep_linking_response"), data, true,
                Locale.forLanguageTag("es"), List.of(ContentChoice.plan("Mi plan de aprendizaje"),
                ContentChoice.planForUnit(1, "Mi plan de aprendizaje: Ratios", "Ratios")),
                NOW.plus(DeepLinkingTokens.TICKET_LIFETIME));
    }

    @Test
    void aTicketReadsBackAsItWasIssued() {
        SelectionTicket issued = ticket("xyz");
        SelectionTicket read = tokens.readTicket(tokens.ticket(issued, KEY), new JWKSet(KEY.toPublicJWK()));
        assertThat(read.choices()).isEqualTo(issued.choices());
        assertThat(read.returnUrl()).isEqualTo(issued.returnUrl());
        assertThat(read.data()).isEqualTo("xyz");
        assertThat(read.locale()).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void aTicketSignedByAnotherKeyOrExpiredIsRefused() {
        String foreign = tokens.ticket(ticket("x"), TestTokens.rsaKey("cairn-k1"));
        assertThatThrownBy(() -> tokens.readTicket(foreign, new JWKSet(KEY.toPublicJWK())))
                .isInstanceOf(DeepLinkingTokens.InvalidTicket.class).hasMessageContaining("signature");
        String issued = tokens.ticket(ticket("x"), KEY);
        DeepLinkingTokens later = new DeepLinkingTokens(Clock.fixed(NOW.plus(Duration.ofMinutes(31)), ZoneOffset.UTC),
                RESPONSE);
        assertThatThrownBy(() -> later.readTicket(issued, new JWKSet(KEY.toPublicJWK())))
                .hasMessageContaining("expired");
    }

    @Test
    void aLaunchIdTokenIsNotATicket() {
        String idToken = TestTokens.sign(TestTokens.resourceLinkClaims("https://lms", "c", "d", "n", NOW), KEY);
        assertThatThrownBy(() -> tokens.readTicket(idToken, new JWKSet(KEY.toPublicJWK())))
                .hasMessageContaining("not one Cairn issued");
    }

    @Test
    void theResponseIsAddressedToThePlatformFromTheClientIdAndCarriesTheItems() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.response(ticket("xyz"), ticket("xyz").choices().subList(1, 2),
                URI.create("https://cairn.example/lti/launch"), KEY));
        assertThat(jwt.verify(new RSASSAVerifier(KEY.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("cairn-k1");
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("10000000000042");
        assertThat(claims.getAudience()).containsExactly("https://canvas.instructure.com");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(DeepLinkingTokens.RESPONSE_LIFETIME));
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo("xyz");
        assertThat(claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items"))
                .containsExactly(Map.of("type", "ltiResourceLink", "title", "Mi plan de aprendizaje: Ratios",
                        "url", "https://cairn.example/lti/launch",
                        "custom", Map.of("cairn_view", "plan", "cairn_unit", "Ratios")));
    }
}
