package org.cairn.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.cairn.testing.Http;

/**
 * A tool as the sandbox platform sees one: its own RSA key served from a JWKS on 127.0.0.1 (real HTTP), a
 * registration through the sandbox's Dynamic Registration endpoint, client assertions and Deep Linking
 * responses signed with its key.
 */
final class TestTool implements AutoCloseable {

    final RSAKey key;
    final HttpServer jwks;
    final String sandbox;
    String clientId;
    String deploymentId;

    TestTool(String sandbox) {
        this.sandbox = sandbox;
        try {
            key = new RSAKeyGenerator(2048).keyID("tool-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE).generate();
            jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jwks.createContext("/jwks", exchange -> {
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
    }

    String origin() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort();
    }

    String registrationBody(String scope) {
        return """
                {"application_type":"web","client_name":"Test tool","grant_types":["client_credentials","implicit"],
                 "response_types":["id_token"],"token_endpoint_auth_method":"private_key_jwt",
                 "redirect_uris":["%1$s/launch"],"initiate_login_uri":"%1$s/login","jwks_uri":"%1$s/jwks",
                 "scope":"%2$s",
                 "https://purl.imsglobal.org/spec/lti-tool-configuration":{"domain":"127.0.0.1",
                   "target_link_uri":"%1$s/launch","claims":["sub","iss","name"],
                   "messages":[{"type":"LtiResourceLinkRequest"}]}}
                """.formatted(origin(), scope);
    }

    static String registrationToken(Http http, String sandbox) {
        return http.post(java.net.URI.create(sandbox + "/api/registration-tokens"), "application/json", "")
                .json().get("registration_token").asText();
    }

    /** Registers with every LTI Advantage scope; returns the registration answer. */
    JsonNode register(Http http) {
        String all = String.join(" ", "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        Http.Reply reply = http.post(java.net.URI.create(sandbox + "/registrations"), "application/json",
                registrationBody(all), "Authorization", "Bearer " + registrationToken(http, sandbox));
        if (reply.status() != 201) throw new AssertionError("registration failed: " + reply);
        JsonNode answer = reply.json();
        clientId = answer.get("client_id").asText();
        deploymentId = answer.get("https://purl.imsglobal.org/spec/lti-tool-configuration").get("deployment_id").asText();
        return answer;
    }

    String assertion(String audience, Instant expires, String jti) {
        return sign(new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .issueTime(new Date()).expirationTime(Date.from(expires)).jwtID(jti).build());
    }

    String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token for the given scopes from the sandbox's token endpoint. */
    String accessToken(Http http, String scope) {
        Http.Reply reply = http.postForm(java.net.URI.create(sandbox + "/token"), java.util.Map.of(
                "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion(sandbox + "/token", Instant.now().plusSeconds(120), UUID.randomUUID().toString()),
                "scope", scope));
        if (reply.status() != 200) throw new AssertionError("token request failed: " + reply);
        return reply.json().get("access_token").asText();
    }

    @Override
    public void close() {
        jwks.stop(0);
    }
}
