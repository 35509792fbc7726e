package org.cairn.lti.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Signs real LTI id_tokens with real RSA keys, for unit and integration tests. */
public final class TestTokens {

    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestTokens() {
    }

    public static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).algorithm(JWSAlgorithm.RS256)
                    .keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String publicJwks(RSAKey... keys) {
        return new JWKSet(java.util.Arrays.stream(keys).map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList())
                .toString();
    }

    /** A valid resource link launch's claims, as a mutable map (JSON types). */
    public static Map<String, Object> resourceLinkClaims(String issuer, String clientId, String deploymentId,
                                                         String nonce, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", clientId);
        claims.put("sub", "user-" + Long.toHexString(Double.doubleToLongBits(Math.random())));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(300).getEpochSecond());
        claims.put("nonce", nonce);
        claims.put("name", "Ana Teacher");
        claims.put(LTI + "message_type", "LtiResourceLinkRequest");
        claims.put(LTI + "version", "1.3.0");
        claims.put(LTI + "deployment_id", deploymentId);
        claims.put(LTI + "target_link_uri", "http://localhost:8080/lti/launch");
        claims.put(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
        claims.put(LTI + "resource_link", Map.of("id", "rl-1", "title", "Cairn"));
        claims.put(LTI + "context", Map.of("id", "ctx-1", "title", "Biology 7", "label", "BIO7"));
        claims.put(LTI + "launch_presentation", Map.of("locale", "en-US"));
        return claims;
    }

    public static String sign(Map<String, Object> claims, RSAKey key) {
        return sign(claims, key, h -> { });
    }

    public static String sign(Map<String, Object> claims, RSAKey key, Consumer<JWSHeader.Builder> header) {
        try {
            JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT);
            header.accept(builder);
            SignedJWT jwt = new SignedJWT(builder.build(), JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException | java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture's payload (certsuite files are the payload; LMS captures have {header, payload}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fixture(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream("/fixtures/lti/" + resource)) {
            if (in == null) throw new IllegalArgumentException("No fixture " + resource);
            Map<String, Object> json = JSON.readValue(in, Map.class);
            Object payload = json.get("payload");
            return new LinkedHashMap<>(payload instanceof Map<?, ?> p ? (Map<String, Object>) p : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Date date(Instant instant) {
        return Date.from(instant);
    }
}
