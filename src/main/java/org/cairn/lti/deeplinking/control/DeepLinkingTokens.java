package org.cairn.lti.deeplinking.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.cairn.lti.deeplinking.entity.ContentChoice;
import org.cairn.lti.deeplinking.entity.SelectionTicket;
import org.cairn.lti.launch.entity.Claims;

/**
 * The two JWTs of a Deep Linking exchange that Cairn signs with its current tool key (kid in the header):
 * the selection ticket it gives itself, and the LtiDeepLinkingResponse for the platform (Deep Linking 2.0 §4.5,
 * Security Framework §5.2 "tool-originating messages"). Pure: the key, the published keys and a clock come in.
 */
public final class DeepLinkingTokens {

    /** Security Framework §5.2: a tool message is short-lived; the platform checks exp. */
    public static final Duration RESPONSE_LIFETIME = Duration.ofMinutes(5);
    /** Long enough for a teacher to choose, short enough that a copied page is soon useless. */
    public static final Duration TICKET_LIFETIME = Duration.ofMinutes(30);
    static final JOSEObjectType TICKET_TYPE = new JOSEObjectType("cairn-dl-ticket+jwt");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final URI ticketAudience;

    /** @param ticketAudience Cairn's own response URL: a ticket is addressed to Cairn and to nobody else. */
    public DeepLinkingTokens(Clock clock, URI ticketAudience) {
        this.clock = Objects.requireNonNull(clock);
        this.ticketAudience = Objects.requireNonNull(ticketAudience);
    }

    /** Thrown when a ticket is not one Cairn signed, has expired or does not make sense. */
    public static final class InvalidTicket extends RuntimeException {
        public InvalidTicket(String detail) {
            super(detail, null, false, false);
        }
    }

    public String ticket(SelectionTicket ticket, RSAKey signingKey) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (ContentChoice choice : ticket.choices()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", choice.id());
            c.put("title", choice.title());
            c.put("custom", new LinkedHashMap<>(choice.custom()));
            choices.add(c);
        }
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ticketAudience.toString())
                .audience(ticketAudience.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(ticket.expiresAt()))
                .claim("registration_id", ticket.registrationId().toString())
                .claim("platform_issuer", ticket.issuer())
                .claim("client_id", ticket.clientId())
                .claim("deployment_id", ticket.deploymentId())
                .claim("return_url", ticket.returnUrl().toString())
                .claim("data", ticket.data())
                .claim("accept_multiple", ticket.acceptMultiple())
                .claim("locale", ticket.locale().toLanguageTag())
                .claim("choices", choices)
                .build();
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).type(TICKET_TYPE).build(),
                claims, signingKey);
    }

    /** Checks signature (any published Cairn key, so a rotation mid-selection is fine), type, audience and expiry. */
    @SuppressWarnings("unchecked")
    public SelectionTicket readTicket(String token, JWKSet publishedKeys) {
        if (token == null || token.isBlank() || token.length() > 32 * 1024) {
            throw new InvalidTicket("The form carried no selection ticket.");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || !TICKET_TYPE.equals(header.getType())) {
                throw new InvalidTicket("The selection ticket is not one Cairn issued.");
            }
            JWK key = header.getKeyID() == null ? null : publishedKeys.getKeyByKeyId(header.getKeyID());
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa.toRSAPublicKey()))) {
                throw new InvalidTicket("The selection ticket's signature does not verify with Cairn's keys.");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getAudience() == null || !claims.getAudience().contains(ticketAudience.toString())) {
                throw new InvalidTicket("The selection ticket is addressed to " + claims.getAudience() + ".");
            }
            Instant exp = claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant();
            if (exp == null || !clock.instant().isBefore(exp)) {
                throw new InvalidTicket("The content selection page expired (it is valid for "
                        + TICKET_LIFETIME.toMinutes() + " minutes). Start \"Add content\" again in the LMS.");
            }
            List<ContentChoice> choices = new ArrayList<>();
            for (Object entry : claims.getListClaim("choices")) {
                Map<String, Object> c = (Map<String, Object>) entry;
                Map<String, String> custom = new LinkedHashMap<>();
                ((Map<String, Object>) c.get("custom")).forEach((k, v) -> custom.put(k, String.valueOf(v)));
                choices.add(new ContentChoice((String) c.get("id"), (String) c.get("title"), custom));
            }
            return new SelectionTicket(UUID.fromString(claims.getStringClaim("registration_id")),
                    claims.getStringClaim("platform_issuer"), claims.getStringClaim("client_id"),
                    claims.getStringClaim("deployment_id"), URI.create(claims.getStringClaim("return_url")),
                    claims.getStringClaim("data"), Boolean.TRUE.equals(claims.getBooleanClaim("accept_multiple")),
                    Locale.forLanguageTag(claims.getStringClaim("locale")), choices, exp);
        } catch (ParseException | JOSEException | RuntimeException e) {
            if (e instanceof InvalidTicket invalid) throw invalid;
            throw new InvalidTicket("The selection ticket could not be read.");
        }
    }

    /**
     * Deep Linking 2.0 §4.5 and Security Framework §5.2.2: iss is our client id, aud the platform's issuer, a fresh
     * nonce, iat/exp, the deployment, the request's data echoed unchanged, and the chosen items.
     */
    public String response(SelectionTicket ticket, List<ContentChoice> chosen, URI launchUrl, RSAKey signingKey) {
        Instant now = clock.instant();
        List<Map<String, Object>> items = new ArrayList<>();
        for (ContentChoice choice : chosen) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "ltiResourceLink");
            item.put("title", choice.title());
            item.put("url", launchUrl.toString());
            item.put("custom", new LinkedHashMap<>(choice.custom()));
            items.add(item);
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ticket.clientId())
                .audience(ticket.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(RESPONSE_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", nonce())
                .claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_RESPONSE)
                .claim(Claims.VERSION, "1.3.0")
                .claim(Claims.DEPLOYMENT_ID, ticket.deploymentId())
                .claim(Claims.CONTENT_ITEMS, items);
        // §4.5.1: data must be returned exactly when the request carried it.
        if (ticket.data() != null) claims.claim(Claims.DL_DATA, ticket.data());
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).type(JOSEObjectType.JWT)
                .build(), claims.build(), signingKey);
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey key) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cairn could not sign with its tool key " + key.getKeyID(), e);
        }
        return jwt.serialize();
    }

    private static String nonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
