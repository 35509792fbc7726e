package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.lti.launch.TestTokens.LTI;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.lti.launch.control.IdTokenValidator;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.cairn.lti.launch.entity.Reason;
import org.junit.jupiter.api.Test;

/** One test per rule of lti-checklist.md "Launch flow" step 4, on a fixed clock, with real RS256 signatures. */
class IdTokenValidatorTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String ISS = "https://lms.example.edu";
    static final String CLIENT = "cairn-client";
    static final String DEPLOYMENT = "dep-1";
    static final String NONCE = "nonce-abc";
    static final RSAKey KEY = TestTokens.rsaKey("k1");
    static final RSAKey ATTACKER = TestTokens.rsaKey("evil");

    private final Set<String> usedNonces = new HashSet<>();
    private final ImmutableJWKSet<SecurityContext> keys = new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK()));

    private IdTokenValidator validator(boolean development) {
        return new IdTokenValidator(Clock.fixed(NOW, ZoneOffset.UTC), (iss, nonce, until) -> usedNonces.add(iss + " " + nonce),
                Set.of("LtiResourceLinkRequest"), development);
    }

    private IdTokenValidator.Expectation expectation(String deploymentHint) {
        return new IdTokenValidator.Expectation(UUID.randomUUID(), ISS, CLIENT, List.of("RS256"), NONCE, deploymentHint,
                Set.of("lms.example.edu"));
    }

    private Map<String, Object> claims() {
        return TestTokens.resourceLinkClaims(ISS, CLIENT, DEPLOYMENT, NONCE, NOW);
    }

    private LtiLaunch validate(String token) {
        return validator(false).validate(IdTokenValidator.parse(token), expectation(null), keys);
    }

    private void assertRejected(String token, Reason reason) {
        assertThatThrownBy(() -> validate(token)).isInstanceOfSatisfying(LaunchRejected.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void acceptsAValidResourceLinkLaunch() {
        LtiLaunch launch = validate(TestTokens.sign(claims(), KEY));
        assertThat(launch.issuer()).isEqualTo(ISS);
        assertThat(launch.deploymentId()).isEqualTo(DEPLOYMENT);
        assertThat(launch.context().id()).isEqualTo("ctx-1");
        assertThat(launch.resourceLinkId()).isEqualTo("rl-1");
        assertThat(launch.kid()).isEqualTo("k1");
        assertThat(launch.locale()).isEqualTo("en-US");
    }

    @Test
    void rejectsReplayedNonce() {
        validate(TestTokens.sign(claims(), KEY));
        assertRejected(TestTokens.sign(claims(), KEY), Reason.NONCE_REPLAYED);
    }

    @Test
    void rejectsANonceOtherThanTheOneIssued() {
        var claims = claims();
        claims.put("nonce", "someone-elses");
        assertRejected(TestTokens.sign(claims, KEY), Reason.NONCE_MISMATCH);
    }

    @Test
    void rejectsAMissingNonce() {
        var claims = claims();
        claims.remove("nonce");
        assertRejected(TestTokens.sign(claims, KEY), Reason.NONCE_MISMATCH);
    }

    @Test
    void rejectsExpiredToken() {
        var claims = claims();
        claims.put("iat", NOW.minusSeconds(600).getEpochSecond());
        claims.put("exp", NOW.minusSeconds(61).getEpochSecond());
        assertThatThrownBy(() -> validate(TestTokens.sign(claims, KEY))).isInstanceOfSatisfying(LaunchRejected.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
    }

    @Test
    void acceptsATokenExpiredWithinTheSkew() {
        var claims = claims();
        claims.put("exp", NOW.minusSeconds(59).getEpochSecond());
        assertThat(validate(TestTokens.sign(claims, KEY)).sub()).isNotBlank();
    }

    @Test
    void rejectsTokenIssuedInTheFuture() {
        var claims = claims();
        claims.put("iat", NOW.plusSeconds(61).getEpochSecond());
        claims.put("exp", NOW.plusSeconds(600).getEpochSecond());
        assertRejected(TestTokens.sign(claims, KEY), Reason.ISSUED_IN_FUTURE);
    }

    @Test
    void rejectsAMissingExp() {
        var claims = claims();
        claims.remove("exp");
        assertRejected(TestTokens.sign(claims, KEY), Reason.EXPIRED);
    }

    @Test
    void rejectsHs256() throws JOSEException, java.text.ParseException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                JWTClaimsSet.parse(claims()));
        // The classic confusion attack: HMAC keyed with the platform's public key.
        byte[] secret = KEY.toPublicJWK().toJSONString().getBytes();
        jwt.sign(new MACSigner(secret));
        assertRejected(jwt.serialize(), Reason.ALG_NOT_ALLOWED);
    }

    @Test
    void rejectsAlgNone() throws java.text.ParseException {
        String header = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"k1\"}").toString();
        String payload = Base64URL.encode(JWTClaimsSet.parse(claims()).toString()).toString();
        assertRejected(header + "." + payload + ".c2ln", Reason.ALG_NOT_ALLOWED);
    }

    @Test
    void rejectsAnAlgorithmOffTheRegistrationsAllowList() throws Exception {
        var ec = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256).keyID("k1").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1").build(),
                JWTClaimsSet.parse(claims()));
        jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner(ec));
        assertRejected(jwt.serialize(), Reason.ALG_NOT_ALLOWED);
    }

    @Test
    void rejectsMissingKid() {
        assertRejected(TestTokens.sign(claims(), KEY, h -> h.keyID(null)), Reason.KID_MISSING);
    }

    @Test
    void rejectsUnknownKid() {
        assertRejected(TestTokens.sign(claims(), ATTACKER), Reason.UNKNOWN_KID);
    }

    @Test
    void rejectsJkuHeaderKey() {
        // The attacker's key is published at the jku URL; Cairn only ever looks in the registration's JWKS.
        assertRejected(TestTokens.sign(claims(), ATTACKER, h -> h.jwkURL(URI.create("https://evil.example/jwks.json"))),
                Reason.UNKNOWN_KID);
    }

    @Test
    void rejectsAnEmbeddedJwkHeaderKey() {
        RSAKey attackerWithOurKid = TestTokens.rsaKey("k1");
        assertRejected(TestTokens.sign(claims(), attackerWithOurKid, h -> h.jwk(attackerWithOurKid.toPublicJWK())),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsAWrongSignature() {
        String token = TestTokens.sign(claims(), KEY);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1)
                + TestTokens.sign(claims(), TestTokens.rsaKey("k1")).substring(token.lastIndexOf('.') + 1);
        assertRejected(tampered, Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsAChangedPayload() {
        String token = TestTokens.sign(claims(), KEY);
        String[] parts = token.split("\\.");
        var changed = claims();
        changed.put("sub", "admin");
        String payload = Base64URL.encode(new com.nimbusds.jose.shaded.gson.Gson().toJson(changed)).toString();
        assertRejected(parts[0] + "." + payload + "." + parts[2], Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsWrongIssuer() {
        var claims = claims();
        claims.put("iss", "https://lms.example.edu/");
        assertRejected(TestTokens.sign(claims, KEY), Reason.WRONG_ISSUER);
    }

    @Test
    void rejectsWrongAudience() {
        var claims = claims();
        claims.put("aud", "someone-else");
        assertRejected(TestTokens.sign(claims, KEY), Reason.WRONG_AUDIENCE);
    }

    @Test
    void acceptsAnAudienceArrayWithAzp() {
        var claims = claims();
        claims.put("aud", List.of("other", CLIENT));
        claims.put("azp", CLIENT);
        assertThat(validate(TestTokens.sign(claims, KEY)).clientId()).isEqualTo(CLIENT);
    }

    @Test
    void requiresAzpWithSeveralAudiences() {
        var claims = claims();
        claims.put("aud", List.of("other", CLIENT));
        assertRejected(TestTokens.sign(claims, KEY), Reason.WRONG_AZP);
    }

    @Test
    void rejectsAnAzpOfAnotherClient() {
        var claims = claims();
        claims.put("azp", "other");
        assertRejected(TestTokens.sign(claims, KEY), Reason.WRONG_AZP);
    }

    @Test
    void rejectsWrongVersion() {
        var claims = claims();
        claims.put(LTI + "version", "1.1");
        assertRejected(TestTokens.sign(claims, KEY), Reason.WRONG_VERSION);
    }

    @Test
    void refusesDeepLinkingNamingTheMessageType() {
        var claims = claims();
        claims.put(LTI + "message_type", "LtiDeepLinkingRequest");
        assertThatThrownBy(() -> validate(TestTokens.sign(claims, KEY))).isInstanceOfSatisfying(LaunchRejected.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_MESSAGE_TYPE);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).contains("LtiDeepLinkingRequest").contains("not supported at this endpoint");
                });
    }

    @Test
    void rejectsMissingDeploymentId() {
        var claims = claims();
        claims.remove(LTI + "deployment_id");
        assertRejected(TestTokens.sign(claims, KEY), Reason.DEPLOYMENT_MISSING);
    }

    @Test
    void rejectsADeploymentOtherThanTheLoginsHint() {
        String token = TestTokens.sign(claims(), KEY);
        assertThatThrownBy(() -> validator(false).validate(IdTokenValidator.parse(token), expectation("dep-2"), keys))
                .isInstanceOfSatisfying(LaunchRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DEPLOYMENT_MISMATCH));
    }

    @Test
    void acceptsTheDeploymentTheLoginNamed() {
        String token = TestTokens.sign(claims(), KEY);
        assertThat(validator(false).validate(IdTokenValidator.parse(token), expectation(DEPLOYMENT), keys)
                .deploymentId()).isEqualTo(DEPLOYMENT);
    }

    @Test
    void rejectsMissingSub() {
        var claims = claims();
        claims.remove("sub");
        assertRejected(TestTokens.sign(claims, KEY), Reason.SUB_MISSING);
    }

    @Test
    void rejectsMissingRolesClaim() {
        var claims = claims();
        claims.remove(LTI + "roles");
        assertRejected(TestTokens.sign(claims, KEY), Reason.ROLES_MISSING);
    }

    @Test
    void acceptsEmptyRoles() {
        var claims = claims();
        claims.put(LTI + "roles", List.of());
        assertThat(validate(TestTokens.sign(claims, KEY)).roles()).isEmpty();
    }

    @Test
    void acceptsAnEmptyStringRole() {
        var claims = claims();
        claims.put(LTI + "roles", List.of(""));
        assertThat(validate(TestTokens.sign(claims, KEY)).roles()).containsExactly("");
    }

    @Test
    void requiresResourceLinkId() {
        var claims = claims();
        claims.put(LTI + "resource_link", Map.of("title", "no id"));
        assertRejected(TestTokens.sign(claims, KEY), Reason.RESOURCE_LINK_MISSING);
    }

    @Test
    void acceptsALaunchWithoutContext() {
        var claims = claims();
        claims.remove(LTI + "context");
        assertThat(validate(TestTokens.sign(claims, KEY)).hasContext()).isFalse();
    }

    @Test
    void keepsServiceUrlsOnThePlatformsHostsOverHttps() {
        var claims = claims();
        claims.put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                Map.of("lineitems", "https://lms.example.edu/api/lti/courses/1/line_items", "scope", List.of("x")));
        claims.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                Map.of("context_memberships_url", "https://lms.example.edu/api/lti/courses/1/names_and_roles"));
        LtiLaunch launch = validate(TestTokens.sign(claims, KEY));
        assertThat(launch.ags().lineitems()).hasHost("lms.example.edu");
        assertThat(launch.membershipsUrl()).hasHost("lms.example.edu");
    }

    @Test
    void dropsServiceUrlsOnOtherHostsButStillLaunches() {
        var claims = claims();
        claims.put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                Map.of("lineitems", "https://evil.example/steal", "lineitem", ""));
        claims.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                Map.of("context_memberships_url", "https://lms.example.edu.evil.example/nrps"));
        LtiLaunch launch = validate(TestTokens.sign(claims, KEY));
        assertThat(launch.ags()).isNull();
        assertThat(launch.membershipsUrl()).isNull();
    }

    @Test
    void dropsHttpServiceUrlsInProduction() {
        var claims = claims();
        claims.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                Map.of("context_memberships_url", "http://lms.example.edu/nrps"));
        assertThat(validate(TestTokens.sign(claims, KEY)).membershipsUrl()).isNull();
    }

    @Test
    void allowsHttpOnLoopbackInDevelopment() {
        var claims = claims();
        claims.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                Map.of("context_memberships_url", "http://127.0.0.1:9000/nrps"));
        var expected = new IdTokenValidator.Expectation(UUID.randomUUID(), ISS, CLIENT, List.of("RS256"), NONCE, null,
                Set.of("lms.example.edu", "127.0.0.1"));
        String token = TestTokens.sign(claims, KEY);
        assertThat(validator(true).validate(IdTokenValidator.parse(token), expected, keys).membershipsUrl())
                .hasToString("http://127.0.0.1:9000/nrps");
        usedNonces.clear();
        assertThat(validator(false).validate(IdTokenValidator.parse(token), expected, keys).membershipsUrl()).isNull();
    }

    @Test
    void customValuesBecomeStrings() {
        var claims = claims();
        claims.put(LTI + "custom", Map.of("canvas_course_id", 12345, "text", "<script>"));
        LtiLaunch launch = validate(TestTokens.sign(claims, KEY));
        assertThat(launch.custom()).containsEntry("canvas_course_id", "12345").containsEntry("text", "<script>");
    }

    @Test
    void rejectsOversizedToken() {
        assertThatThrownBy(() -> IdTokenValidator.parse("a".repeat(64 * 1024 + 1)))
                .isInstanceOfSatisfying(LaunchRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void rejectsATokenWithoutThreeParts() {
        assertThatThrownBy(() -> IdTokenValidator.parse("abc.def"))
                .isInstanceOfSatisfying(LaunchRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void rejectsAHeaderThatIsNotJson() {
        String token = Base64URL.encode("not json").toString() + "." + Base64URL.encode("{}") + ".c2ln";
        assertThatThrownBy(() -> IdTokenValidator.parse(token))
                .isInstanceOfSatisfying(LaunchRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void rejectionsNeverCarryTheToken() {
        String token = TestTokens.sign(claims(), ATTACKER);
        assertThatThrownBy(() -> validate(token)).hasMessageNotContaining(token.substring(0, 40));
    }
}
