package org.cairn.lti;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.cairn.lti.launch.control.IdTokenValidator;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * id_token validation per second on one thread: parse, RS256 signature with the registration's (cached) key, and
 * every claim check of the launch, with a realistic ~2.5 KB claims set. The nonce ledger is a no-op here (the real
 * one is a database insert, measured by the load scripts).
 * Run: mvn -B -Pjmh package -Djmh.args="IdTokenValidation -f 1 -wi 3 -i 5 -t 1"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IdTokenValidationBenchmark {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private String token;
    private IdTokenValidator validator;
    private IdTokenValidator.Expectation expectation;
    private ImmutableJWKSet<SecurityContext> keys;

    @Setup
    public void setUp() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").keyUse(KeyUse.SIGNATURE).generate();
        keys = new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://canvas.instructure.com");
        claims.put("aud", "10000000000004");
        claims.put("azp", "10000000000004");
        claims.put("sub", "a445ca99-1a64-4697-9bfa-508a118245ea");
        claims.put("iat", NOW.getEpochSecond());
        claims.put("exp", NOW.plusSeconds(3600).getEpochSecond());
        claims.put("nonce", "nonce-1");
        claims.put("name", "Ana García");
        claims.put("given_name", "Ana");
        claims.put("family_name", "García");
        claims.put("email", "ana@example.edu");
        claims.put("locale", "es");
        claims.put(LTI + "message_type", "LtiResourceLinkRequest");
        claims.put(LTI + "version", "1.3.0");
        claims.put(LTI + "deployment_id", "6:8865aa05b4b79b64a91a86042e43af5ea8ae79eb");
        claims.put(LTI + "target_link_uri", "https://cairn.example.org/lti/launch");
        claims.put(LTI + "resource_link", Map.of("id", "4dde05e8ca1973bcca9bffc13e1548820eee93a3", "title", "Cairn"));
        claims.put(LTI + "context", Map.of("id", "4dde05e8ca1973bcca9bffc13e1548820eee93a3", "title", "Biology 7",
                "label", "BIO7", "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
        claims.put(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"));
        claims.put(LTI + "tool_platform", Map.of("guid", "CeADzK7hsPYfzmyC7LTL8cpzZISNdpWjVg1UZjLY:canvas-lms",
                "name", "District", "version", "cloud", "product_family_code", "canvas"));
        claims.put(LTI + "launch_presentation", Map.of("document_target", "iframe", "height", 400, "width", 800,
                "return_url", "https://canvas.instructure.com/courses/1/external_content/success/external_tool_redirect",
                "locale", "es"));
        claims.put(LTI + "custom", Map.of("canvas_course_id", 12345, "canvas_user_id", 67890));
        claims.put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", "https://canvas.instructure.com/api/lti/courses/1/line_items"));
        claims.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                "context_memberships_url", "https://canvas.instructure.com/api/lti/courses/1/names_and_roles",
                "service_versions", List.of("2.0")));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").type(JOSEObjectType.JWT)
                .build(), JWTClaimsSet.parse(claims));
        jwt.sign(new RSASSASigner(key));
        token = jwt.serialize();
        validator = new IdTokenValidator(Clock.fixed(NOW, ZoneOffset.UTC), (iss, nonce, until) -> true,
                Set.of("LtiResourceLinkRequest"), false);
        expectation = new IdTokenValidator.Expectation(UUID.randomUUID(), "https://canvas.instructure.com",
                "10000000000004", List.of("RS256"), "nonce-1", null, Set.of("canvas.instructure.com"));
    }

    @Benchmark
    public LtiLaunch validate() {
        return validator.validate(IdTokenValidator.parse(token), expectation, keys);
    }
}
