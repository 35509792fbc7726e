package org.cairn.lti.launch.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;
import org.cairn.lti.launch.entity.Claims;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.cairn.lti.launch.entity.Reason;

/**
 * Validates an LTI 1.3 id_token in the order of lti-checklist.md "Launch flow" step 4 (1EdTech Security Framework
 * 1.0 §5.1.3, LTI Core 1.3 §5.1-§5.4). Pure: no container, a clock, the registration's key source and a nonce
 * ledger are passed in, so every rule has a unit test. The state check happens before, in the boundary, because
 * it needs the browser.
 */
public final class IdTokenValidator {

    private static final Logger LOG = Logger.getLogger(IdTokenValidator.class.getName());

    /** Security Framework gives no limit; 64 KiB is far above any real launch (Canvas: ~4 KB) and bounds parsing. */
    public static final int MAX_BYTES = 64 * 1024;
    public static final Duration SKEW = Duration.ofSeconds(60);

    /** Remembers a nonce until {@code until}; answers false when it was already used (on any node). */
    @FunctionalInterface
    public interface NonceLedger {
        boolean remember(String issuer, String nonce, Instant until);
    }

    /** What this launch must match: the registration, the nonce issued at login, the login's deployment hint. */
    public record Expectation(UUID registrationId, String issuer, String clientId, List<String> allowedAlgorithms,
                              String nonce, String deploymentHint, Set<String> platformHosts) {
    }

    /** The three parts of a compact JWS whose header and payload are JSON objects. */
    public record CompactToken(String raw, Map<String, Object> header, Map<String, Object> payload) {
        public String kid() {
            Object kid = header.get("kid");
            return kid instanceof String s ? s : null;
        }

        public String alg() {
            Object alg = header.get("alg");
            return alg instanceof String s ? s : null;
        }

        @Override
        public String toString() {
            return "CompactToken[alg=" + alg() + ", kid=" + kid() + "]";
        }
    }

    private final Clock clock;
    private final NonceLedger nonces;
    private final Set<String> acceptedMessageTypes;
    private final boolean allowLoopbackHttp;

    public IdTokenValidator(Clock clock, NonceLedger nonces, Set<String> acceptedMessageTypes,
                            boolean allowLoopbackHttp) {
        this.clock = Objects.requireNonNull(clock);
        this.nonces = Objects.requireNonNull(nonces);
        this.acceptedMessageTypes = Set.copyOf(acceptedMessageTypes);
        this.allowLoopbackHttp = allowLoopbackHttp;
    }

    /** Step 1: size under 64 KiB, three-part compact JWS, JSON header and payload. */
    public static CompactToken parse(String idToken) {
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRejected(Reason.MALFORMED, Phrase.of("lti.problem.noIdToken"));
        }
        if (idToken.length() > MAX_BYTES) {
            throw new LaunchRejected(Reason.TOO_LARGE, Phrase.of("lti.problem.tooLarge",
                    String.valueOf(idToken.length()), String.valueOf(MAX_BYTES)));
        }
        String[] parts = idToken.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new LaunchRejected(Reason.MALFORMED, Phrase.of("lti.problem.notCompact",
                    String.valueOf(parts.length)));
        }
        try {
            // The JDK's decoder, not Nimbus's constant-time one: nothing here is secret, and the constant-time
            // decoding of a 2-3 KB payload cost more than the RS256 signature check.
            Map<String, Object> header = JSONObjectUtils.parse(decode(parts[0]));
            Map<String, Object> payload = JSONObjectUtils.parse(decode(parts[1]));
            return new CompactToken(idToken, header, payload);
        } catch (ParseException | RuntimeException e) {
            throw new LaunchRejected(Reason.MALFORMED, Phrase.of("lti.problem.notJson"));
        }
    }

    private static String decode(String base64url) {
        return new String(java.util.Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    }

    /** Steps 3 onwards: algorithm, key, signature, then the claims. */
    public LtiLaunch validate(CompactToken token, Expectation expected, JWKSource<SecurityContext> keys) {
        // Security Framework §5.1.3 step 1 and §6.1: asymmetric algorithms from the registration's allow-list only.
        String alg = token.alg();
        if (alg == null || alg.equalsIgnoreCase("none") || alg.toUpperCase(Locale.ROOT).startsWith("HS")
                || !expected.allowedAlgorithms().contains(alg)) {
            throw new LaunchRejected(Reason.ALG_NOT_ALLOWED, Phrase.of("lti.problem.algNotAllowed", alg,
                    String.valueOf(expected.allowedAlgorithms())));
        }
        String kid = token.kid();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRejected(Reason.KID_MISSING, Phrase.of("lti.problem.kidMissing"));
        }
        JWSHeader header;
        JWTClaimsSet claims;
        String raw = token.raw();
        int lastDot = raw.lastIndexOf('.');
        try {
            // The JSON parsed in step 1 is reused: parsing is a large share of a launch's CPU cost.
            header = JWSHeader.parse(token.header(), new Base64URL(raw.substring(0, raw.indexOf('.'))));
            claims = JWTClaimsSet.parse(token.payload());
        } catch (ParseException e) {
            throw new LaunchRejected(Reason.MALFORMED, Phrase.of("lti.problem.notSignedJwt",
                    String.valueOf(e.getMessage())));
        }
        verifySignature(header, raw.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII),
                new Base64URL(raw.substring(lastDot + 1)), kid, keys);
        return checkClaims(claims, expected, kid);
    }

    /**
     * Security Framework §6.3: the key comes from this registration's JWKS by kid. Headers that name other keys
     * ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}) are ignored: the selector only ever sees our source.
     */
    private static void verifySignature(JWSHeader header, byte[] signingInput, Base64URL signature, String kid,
                                        JWKSource<SecurityContext> keys) {
        JWSAlgorithm algorithm = header.getAlgorithm();
        JWKMatcher matcher = new JWKMatcher.Builder()
                .keyID(kid)
                .keyType(KeyType.forAlgorithm(algorithm))
                .keyUses(KeyUse.SIGNATURE, null)
                .build();
        List<JWK> found;
        try {
            found = keys.get(new JWKSelector(matcher), null);
        } catch (RateLimitReachedException e) {
            throw new LaunchRejected(Reason.UNKNOWN_KID, Phrase.of("lti.problem.kidNotYet", kid));
        } catch (KeySourceException e) {
            throw new LaunchRejected(Reason.KEYS_UNAVAILABLE, Phrase.of("lti.problem.keysUnavailable", kid,
                    String.valueOf(e.getMessage())));
        }
        if (found.isEmpty()) {
            throw new LaunchRejected(Reason.UNKNOWN_KID, Phrase.of("lti.problem.unknownKid",
                    String.valueOf(alg(algorithm)), kid));
        }
        for (JWK jwk : found) {
            try {
                JWSVerifier verifier = verifier(jwk, header);
                if (verifier != null && verifier.verify(header, signingInput, signature)) return;
            } catch (JOSEException e) {
                // A key of the wrong shape for this algorithm: try the next one, then refuse below.
            }
        }
        throw new LaunchRejected(Reason.BAD_SIGNATURE, Phrase.of("lti.problem.badSignature", kid));
    }

    /** Verifiers per platform key (thread-safe in Nimbus): building the public key each time costs more than verifying. */
    private static final Map<JWK, JWSVerifier> VERIFIERS = new ConcurrentHashMap<>();

    private static JWSVerifier verifier(JWK jwk, JWSHeader header) throws JOSEException {
        JWSVerifier cached = VERIFIERS.get(jwk);
        if (cached != null && cached.supportedJWSAlgorithms().contains(header.getAlgorithm())) return cached;
        Key key = jwk instanceof RSAKey rsa ? rsa.toRSAPublicKey() : jwk instanceof ECKey ec ? ec.toECPublicKey() : null;
        if (key == null) return null;
        JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(header, key);
        if (VERIFIERS.size() > 1000) VERIFIERS.clear();
        VERIFIERS.put(jwk, verifier);
        return verifier;
    }

    private static String alg(JWSAlgorithm algorithm) {
        return algorithm == null ? "?" : algorithm.getName();
    }

    private LtiLaunch checkClaims(JWTClaimsSet claims, Expectation expected, String kid) {
        Instant now = clock.instant();
        // Security Framework §5.1.3 step 2: iss is an exact string match.
        String issuer = claims.getIssuer();
        if (!expected.issuer().equals(issuer)) {
            throw new LaunchRejected(Reason.WRONG_ISSUER, Phrase.of("lti.problem.wrongIssuer", issuer,
                    expected.issuer()));
        }
        // Step 3: aud contains our client id (a string or an array); step 4-5: with several, azp is our client id.
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(expected.clientId())) {
            throw new LaunchRejected(Reason.WRONG_AUDIENCE, Phrase.of("lti.problem.wrongAudience",
                    String.valueOf(audience), expected.clientId()));
        }
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !expected.clientId().equals(azp)) {
            throw new LaunchRejected(Reason.WRONG_AZP, Phrase.of("lti.problem.wrongAzp",
                    String.valueOf(audience.size()), String.valueOf(azp), expected.clientId()));
        }
        // Steps 7-8: exp in the future, iat not in the future, with 60 s of clock skew.
        Date exp = claims.getExpirationTime();
        if (exp == null || !now.isBefore(exp.toInstant().plus(SKEW))) {
            throw new LaunchRejected(Reason.EXPIRED, exp == null ? Phrase.of("lti.problem.noExp")
                    : Phrase.of("lti.problem.expired", exp.toInstant().toString(), now.toString(), SKEW.toString()));
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(SKEW))) {
            throw new LaunchRejected(Reason.ISSUED_IN_FUTURE, iat == null ? Phrase.of("lti.problem.noIat")
                    : Phrase.of("lti.problem.issuedInFuture", iat.toInstant().toString(), now.toString(),
                    SKEW.toString()));
        }
        // Step 9: the nonce is the one issued for this state, and is used once.
        String nonce = string(claims, "nonce");
        if (nonce == null || !nonce.equals(expected.nonce())) {
            throw new LaunchRejected(Reason.NONCE_MISMATCH, Phrase.of("lti.problem.nonceMismatch"));
        }
        if (!nonces.remember(issuer, nonce, exp.toInstant().plus(SKEW))) {
            throw new LaunchRejected(Reason.NONCE_REPLAYED, Phrase.of("lti.problem.nonceUsed"));
        }
        // LTI Core 1.3 §5.3.3: version.
        String version = string(claims, Claims.VERSION);
        if (!"1.3.0".equals(version)) {
            throw new LaunchRejected(Reason.WRONG_VERSION, Phrase.of("lti.problem.wrongVersion",
                    String.valueOf(version)));
        }
        // LTI Core 1.3 §5.3.1: the message types this endpoint accepts.
        String messageType = string(claims, Claims.MESSAGE_TYPE);
        if (messageType == null || !acceptedMessageTypes.contains(messageType)) {
            throw new LaunchRejected(Reason.UNSUPPORTED_MESSAGE_TYPE, Phrase.of("lti.problem.messageType",
                    String.valueOf(messageType), String.valueOf(acceptedMessageTypes)));
        }
        // LTI Core 1.3 §5.3.2: deployment_id present; known-ness is checked against the database afterwards.
        String deploymentId = string(claims, Claims.DEPLOYMENT_ID);
        if (deploymentId == null || deploymentId.isBlank()) {
            throw new LaunchRejected(Reason.DEPLOYMENT_MISSING, Phrase.of("lti.problem.deploymentMissing"));
        }
        if (expected.deploymentHint() != null && !expected.deploymentHint().isBlank()
                && !expected.deploymentHint().equals(deploymentId)) {
            throw new LaunchRejected(Reason.DEPLOYMENT_MISMATCH, Phrase.of("lti.problem.deploymentMismatch",
                    expected.deploymentHint(), deploymentId));
        }
        String sub = claims.getSubject();
        if (sub == null || sub.isBlank()) {
            throw new LaunchRejected(Reason.SUB_MISSING, Phrase.of("lti.problem.subMissing"));
        }
        // LTI Core 1.3 §5.3.7: roles is required but may be empty; unknown values are ignored later.
        List<String> roles = roles(claims);
        Map<String, Object> resourceLink = object(claims, Claims.RESOURCE_LINK);
        String resourceLinkId = resourceLink == null ? null : text(resourceLink.get("id"));
        if (Claims.RESOURCE_LINK_REQUEST.equals(messageType) && (resourceLinkId == null || resourceLinkId.isBlank())) {
            throw new LaunchRejected(Reason.RESOURCE_LINK_MISSING, Phrase.of("lti.problem.resourceLinkMissing"));
        }
        Map<String, Object> context = object(claims, Claims.CONTEXT);
        LtiLaunch.LaunchContext launchContext = null;
        if (context != null && text(context.get("id")) != null && !text(context.get("id")).isBlank()) {
            launchContext = new LtiLaunch.LaunchContext(text(context.get("id")), text(context.get("title")),
                    text(context.get("label")));
        }
        Map<String, Object> presentation = object(claims, Claims.LAUNCH_PRESENTATION);
        String locale = presentation != null && text(presentation.get("locale")) != null
                ? text(presentation.get("locale")) : string(claims, "locale");
        return new LtiLaunch(expected.registrationId(), issuer, expected.clientId(), deploymentId, messageType, sub,
                string(claims, "name"), string(claims, "given_name"), string(claims, "family_name"),
                string(claims, "email"), roles, launchContext, resourceLinkId,
                resourceLink == null ? null : text(resourceLink.get("title")), locale,
                uri(string(claims, Claims.TARGET_LINK_URI)), ags(claims, expected), nrps(claims, expected),
                custom(claims), kid, exp.toInstant(), object(claims, Claims.DEEP_LINKING_SETTINGS));
    }

    private static List<String> roles(JWTClaimsSet claims) {
        Object value = claims.getClaim(Claims.ROLES);
        if (!(value instanceof List<?> list)) {
            throw new LaunchRejected(Reason.ROLES_MISSING, Phrase.of("lti.problem.rolesMissing"));
        }
        List<String> roles = new ArrayList<>();
        for (Object role : list) {
            if (role != null) roles.add(role.toString());
        }
        return roles;
    }

    /**
     * lti-checklist "service claims": a bearer token is only ever sent to https URLs on the platform's own hosts
     * (the issuer's and its endpoints'); in development also http on loopback. An invalid URL is dropped with a
     * warning: the launch itself stays valid (AGS 2.0 and NRPS 2.0 make the services optional).
     */
    private LtiLaunch.AgsEndpoint ags(JWTClaimsSet claims, Expectation expected) {
        Map<String, Object> endpoint = object(claims, Claims.AGS_ENDPOINT);
        if (endpoint == null) return null;
        URI lineitems = serviceUrl(endpoint.get("lineitems"), "AGS lineitems", expected);
        URI lineitem = serviceUrl(endpoint.get("lineitem"), "AGS lineitem", expected);
        List<String> scopes = new ArrayList<>();
        if (endpoint.get("scope") instanceof List<?> list) {
            for (Object scope : list) if (scope != null) scopes.add(scope.toString());
        }
        if (lineitems == null && lineitem == null) return null;
        return new LtiLaunch.AgsEndpoint(lineitems, lineitem, List.copyOf(scopes));
    }

    private URI nrps(JWTClaimsSet claims, Expectation expected) {
        Map<String, Object> service = object(claims, Claims.NRPS);
        return service == null ? null : serviceUrl(service.get("context_memberships_url"), "NRPS memberships", expected);
    }

    URI serviceUrl(Object value, String what, Expectation expected) {
        String text = text(value);
        if (text == null || text.isBlank()) return null;
        URI uri = uri(text);
        if (uri != null && isPlatformServiceUrl(uri, expected.platformHosts(), allowLoopbackHttp)) return uri;
        LOG.warning(() -> "Dropped the " + what + " service URL of a launch (issuer " + expected.issuer()
                + ", client id " + expected.clientId() + "): '" + text + "' is not https on the platform's hosts "
                + expected.platformHosts());
        return null;
    }

    static boolean isPlatformServiceUrl(URI uri, Set<String> platformHosts, boolean allowLoopbackHttp) {
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) return false;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!platformHosts.contains(host)) return false;
        if ("https".equals(uri.getScheme())) return true;
        return allowLoopbackHttp && "http".equals(uri.getScheme()) && isLoopback(host);
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    /** The hosts a registration's platform serves from: its issuer's and its endpoints'. */
    public static Set<String> hostsOf(String issuer, List<URI> endpoints) {
        Set<String> hosts = new HashSet<>();
        URI iss = uri(issuer);
        if (iss != null && iss.getHost() != null) hosts.add(iss.getHost().toLowerCase(Locale.ROOT));
        for (URI endpoint : endpoints) {
            if (endpoint != null && endpoint.getHost() != null) hosts.add(endpoint.getHost().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(hosts);
    }

    private static Map<String, String> custom(JWTClaimsSet claims) {
        Map<String, Object> custom = object(claims, Claims.CUSTOM);
        Map<String, String> values = new LinkedHashMap<>();
        if (custom != null) {
            // Custom values are untrusted and not always strings (Canvas sends numbers).
            custom.forEach((k, v) -> values.put(k, v == null ? null : v.toString()));
        }
        return values;
    }

    private static String string(JWTClaimsSet claims, String name) {
        return text(claims.getClaim(name));
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof String s ? s : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static URI uri(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return new URI(text.trim());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
