package org.cairn.lti.launch.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * A login's state, nonce and browser binding: 256 random bits each. The binding value goes to the browser (a
 * partitioned cookie and, when offered, the platform's client-side storage); the database keeps only its SHA-256,
 * so reading the login_state table does not let anyone complete someone else's launch.
 */
public record BrowserBinding(String state, String nonce, String value) {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    public static final String COOKIE_PREFIX = "lti-state-";


    public static BrowserBinding fresh() {
        return new BrowserBinding(random(), random(), random());
    }

    static String random() {
        return org.cairn.infra.security.OpaqueTokens.fresh();
    }

    public String hash() {
        return hash(value);
    }

    /** One cookie per login, so two launches in two tabs do not overwrite each other. */
    public static String cookieName(String state) {
        return COOKIE_PREFIX + state;
    }

    /**
     * SameSite=None so it comes back on the platform's cross-site form post; Partitioned (CHIPS) so it works in an
     * LMS iframe with third-party cookies blocked; Secure (Chrome treats http://localhost as secure); HttpOnly;
     * only sent to /lti.
     */
    public String cookie() {
        return cookieName(state) + "=" + value + "; Max-Age=" + LIFETIME.toSeconds()
                + "; Path=/lti; Secure; HttpOnly; SameSite=None; Partitioned";
    }

    public static String hash(String value) {
        return org.cairn.infra.security.OpaqueTokens.sha256Hex(value);
    }

    /** Constant-time comparison of a presented binding with the stored hash. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) return false;
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
