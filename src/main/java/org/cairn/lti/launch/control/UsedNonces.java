package org.cairn.lti.launch.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * Nonces of accepted id_tokens until they expire (Security Framework §5.1.3 step 9). The primary key
 * (issuer, nonce) makes the second use fail on any node. Written in the transaction that spends the launch's login
 * state ({@link LoginStates#spend}), so a launch commits its state and its nonce together.
 */
public final class UsedNonces {

    private UsedNonces() {
    }

    /** A nonce to remember: the id_token's issuer and nonce, kept until the token's expiry plus the clock skew. */
    public record Use(String issuer, String nonce, Instant until) {
        public Use {
            Objects.requireNonNull(issuer);
            Objects.requireNonNull(nonce);
            Objects.requireNonNull(until);
        }
    }

    /** Thrown when the nonce was already used. */
    public static final class AlreadyUsed extends RuntimeException {
        AlreadyUsed() {
            super("nonce already used", null, false, false);
        }
    }

    static void insert(Connection c, Use use) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO lti_used_nonce (issuer, nonce, expires_at) VALUES (?, ?, ?)")) {
            insert.setString(1, use.issuer());
            insert.setString(2, use.nonce().length() > 255 ? use.nonce().substring(0, 255) : use.nonce());
            insert.setTimestamp(3, Timestamp.from(use.until()));
            insert.executeUpdate();
        } catch (SQLException e) {
            // 23505: unique violation in both H2 and PostgreSQL.
            if ("23505".equals(e.getSQLState())) throw new AlreadyUsed();
            throw e;
        }
    }
}
