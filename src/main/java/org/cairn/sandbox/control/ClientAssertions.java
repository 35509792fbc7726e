package org.cairn.sandbox.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cairn.sandbox.entity.Tool;

/**
 * Verifies an RFC 7523 client assertion (JWT bearer client authentication, 1EdTech Security Framework §4.1),
 * in this order: a signed JWT; iss = sub = a registered client id; RS256 signature by a key from that tool's
 * JWKS; aud contains the token endpoint; exp in the future and at most five minutes ahead; iat not in the
 * future; jti present and never seen before for this client.
 */
public class ClientAssertions {

    static final Duration SKEW = Duration.ofSeconds(60);
    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    /** Where used jti values are remembered (the sandbox's table; a map in unit tests). */
    public interface JtiLedger {
        boolean firstUse(String clientId, String jti, Instant expiresAt);
    }

    /** The JWKS of a tool (fetched over HTTP and cached in the sandbox; a fixed set in unit tests). */
    public interface KeySources {
        JWKSource<SecurityContext> of(Tool tool);
    }

    /** A refused assertion, with its RFC 6749 §5.2 error code. */
    public static final class Rejected extends RuntimeException {
        private final String error;

        public Rejected(String error, String detail) {
            super(detail);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    private final Clock clock;
    private final Function<String, Optional<Tool>> tools;
    private final KeySources keys;
    private final JtiLedger ledger;

    public ClientAssertions(Clock clock, Function<String, Optional<Tool>> tools, KeySources keys, JtiLedger ledger) {
        this.clock = clock;
        this.tools = tools;
        this.keys = keys;
        this.ledger = ledger;
    }

    /** The tool the assertion authenticates, or {@link Rejected} saying which rule failed. */
    public Tool verify(String assertion, URI tokenEndpoint) {
        SignedJWT jwt;
        JWTClaimsSet unverified;
        try {
            jwt = SignedJWT.parse(assertion);
            unverified = jwt.getJWTClaimsSet();
        } catch (ParseException | NullPointerException e) {
            throw new Rejected("invalid_client", "client_assertion is not a signed JWT");
        }
        if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
            throw new Rejected("invalid_client", "client_assertion alg " + jwt.getHeader().getAlgorithm()
                    + " is not allowed (RS256)");
        }
        String issuer = unverified.getIssuer();
        // RFC 7523 §3 items 1-2: iss and sub are both the client id.
        if (issuer == null || !issuer.equals(unverified.getSubject())) {
            throw new Rejected("invalid_client", "client_assertion iss and sub must both be the client id");
        }
        Tool tool = tools.apply(issuer).orElseThrow(() ->
                new Rejected("invalid_client", "client id " + issuer + " is not registered with this platform"));
        JWTClaimsSet claims;
        try {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys.of(tool)));
            processor.setJWTClaimsSetVerifier((c, context) -> { });
            claims = processor.process(jwt, null);
        } catch (BadJOSEException | JOSEException e) {
            throw new Rejected("invalid_client", "client_assertion signature does not verify with a key of "
                    + tool.jwksUri() + " (kid " + jwt.getHeader().getKeyID() + ")");
        }
        // RFC 7523 §3 item 3: the token endpoint must be an audience.
        if (claims.getAudience() == null || !claims.getAudience().contains(tokenEndpoint.toString())) {
            throw new Rejected("invalid_client", "client_assertion aud " + claims.getAudience()
                    + " does not contain the token endpoint " + tokenEndpoint);
        }
        Instant now = clock.instant();
        Instant expires = instant(claims.getExpirationTime());
        // RFC 7523 §3 item 4, and the Security Framework's five-minute bound on assertions.
        if (expires == null || !expires.isAfter(now.minus(SKEW))) {
            throw new Rejected("invalid_client", "client_assertion expired at " + expires + " (now " + now + ")");
        }
        if (expires.isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
            throw new Rejected("invalid_client", "client_assertion exp " + expires
                    + " is more than five minutes ahead (now " + now + ")");
        }
        Instant issued = instant(claims.getIssueTime());
        if (issued != null && issued.isAfter(now.plus(SKEW))) {
            throw new Rejected("invalid_client", "client_assertion iat " + issued + " is in the future (now " + now + ")");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) throw new Rejected("invalid_client", "client_assertion has no jti");
        // RFC 7523 §3 item 7: a jti is used once.
        if (!ledger.firstUse(tool.clientId(), jti, expires)) {
            throw new Rejected("invalid_client", "client_assertion jti " + jti + " was already used");
        }
        return tool;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
