package org.cairn.tenancy.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.cairn.infra.config.RuntimeMode;

/** The operator's user name and password, compared in constant time (as SHA-256 digests of equal length). */
public final class AdminCredentials {

    private final byte[] username;
    private final byte[] password;
    private final String name;
    private final boolean developmentDefault;

    private AdminCredentials(String username, String password, boolean developmentDefault) {
        this.name = username;
        this.username = username == null ? null : digest(username);
        this.password = password == null ? null : digest(password);
        this.developmentDefault = developmentDefault;
    }

    public static AdminCredentials resolve(Optional<String> username, Optional<String> password, RuntimeMode mode) {
        Optional<String> user = username.map(String::trim).filter(s -> !s.isEmpty());
        Optional<String> secret = password.filter(s -> !s.isBlank());
        if (secret.isPresent()) {
            return new AdminCredentials(user.orElse("admin"), secret.get(), false);
        }
        if (mode.isDevelopment()) {
            return new AdminCredentials("admin", "admin", true);
        }
        return new AdminCredentials(null, null, false);
    }

    public boolean isConfigured() {
        return password != null;
    }

    public boolean isDevelopmentDefault() {
        return developmentDefault;
    }

    /** The operator's name when the Authorization header carries the right Basic credentials. */
    public Optional<String> check(String authorization) {
        if (!isConfigured() || authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) return Optional.empty();
        // Both compared every time, with MessageDigest.isEqual, so timing tells nothing about which was wrong.
        boolean userOk = MessageDigest.isEqual(username, digest(decoded.substring(0, colon)));
        boolean passwordOk = MessageDigest.isEqual(password, digest(decoded.substring(colon + 1)));
        return userOk & passwordOk ? Optional.of(name) : Optional.empty();
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
