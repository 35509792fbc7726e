package org.cairn.lti.launch.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.cairn.infra.persistence.Migrations;

/**
 * Nonces of accepted id_tokens until they expire (Security Framework §5.1.3 step 9). The primary key
 * (issuer, nonce) makes the second use fail on any node; committed on its own so a replay is refused even if the
 * rest of the launch is.
 */
@ApplicationScoped
public class UsedNonces {

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    /** Thrown when the nonce was already used. */
    public static final class AlreadyUsed extends RuntimeException {
        AlreadyUsed() {
            super("nonce already used", null, false, false);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remember(String issuer, String nonce, Instant until) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO lti_used_nonce (issuer, nonce, expires_at) VALUES (?, ?, ?)")) {
            insert.setString(1, issuer);
            insert.setString(2, nonce.length() > 255 ? nonce.substring(0, 255) : nonce);
            insert.setTimestamp(3, Timestamp.from(until));
            insert.executeUpdate();
        } catch (SQLException e) {
            // 23505: unique violation in both H2 and PostgreSQL.
            if ("23505".equals(e.getSQLState())) throw new AlreadyUsed();
            throw new IllegalStateException("Could not record the nonce", e);
        }
    }
}
