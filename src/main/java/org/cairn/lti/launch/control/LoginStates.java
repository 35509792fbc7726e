package org.cairn.lti.launch.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.cairn.infra.persistence.Migrations;
import org.cairn.lti.launch.entity.LoginState;

/**
 * Login states in the database, shared by every node. A launch reads its state ({@link #peek}), validates the
 * id_token, then spends the state and remembers the token's nonce in one commit ({@link #spend}); a refused launch
 * spends its state too. Each writing method commits on its own (REQUIRES_NEW).
 */
@ApplicationScoped
public class LoginStates {

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(LoginState state) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO lti_login_state (state, nonce, binding_hash, "
                     + "registration_id, deployment_hint, target_link_uri, storage_target, platform_origin, client_id, "
                     + "login_hint, message_hint, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, state.state());
            insert.setString(2, state.nonce());
            insert.setString(3, state.bindingHash());
            insert.setObject(4, state.registrationId());
            insert.setString(5, cut(state.deploymentHint(), 255));
            insert.setString(6, state.targetLinkUri().toString());
            insert.setString(7, cut(state.storageTarget(), 255));
            insert.setString(8, state.platformOrigin());
            insert.setString(9, cut(state.clientId(), 255));
            insert.setString(10, cut(state.loginHint(), 2048));
            insert.setString(11, cut(state.messageHint(), 8192));
            insert.setTimestamp(12, Timestamp.from(state.expiresAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the login state", e);
        }
    }

    /**
     * Reads a state without spending it. No transaction: a single read on an auto-commit connection, the cheapest
     * way on every launch; whether this launch may use the state is decided by {@link #spend}.
     */
    public Optional<LoginState> peek(String state) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, state);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the login state", e);
        }
    }

    /**
     * Spends a state and, for a launch whose id_token was accepted, remembers its nonce, in one commit. The single
     * DELETE must affect exactly one row, so two launches with the same state (on any node) cannot both succeed:
     * answers false when the state was already spent. Throws {@link UsedNonces.AlreadyUsed} (and writes nothing)
     * when the nonce was already used; the caller then spends the state alone.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean spend(String state, UsedNonces.Use nonce) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM lti_login_state WHERE state = ?")) {
                delete.setString(1, state);
                if (delete.executeUpdate() != 1) return false;
            }
            if (nonce != null) UsedNonces.insert(c, nonce);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not spend the login state", e);
        }
    }

    private static Optional<LoginState> read(Connection c, String state) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT state, nonce, binding_hash, registration_id, "
                + "deployment_hint, target_link_uri, storage_target, platform_origin, client_id, login_hint, message_hint, "
                + "expires_at "
                + "FROM lti_login_state WHERE state = ?")) {
            select.setString(1, state);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new LoginState(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), URI.create(rs.getString(6)), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getTimestamp(12).toInstant()));
            }
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Housekeeping: deletes up to {@code batch} expired rows of a table with an expires_at column. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired(String table, String keyColumns, Instant now, int batch) {
        String sql = "DELETE FROM " + table + " WHERE (" + keyColumns + ") IN (SELECT " + keyColumns + " FROM " + table
                + " WHERE expires_at < ? ORDER BY expires_at FETCH FIRST " + batch + " ROWS ONLY)";
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(now));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge " + table, e);
        }
    }
}
