package org.cairn.session.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cairn.session.entity.CourseSession;
import org.cairn.session.entity.SessionSubject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, verifies and expires session tokens. A token is 256 random bits in base64url; the database keeps only
 * its SHA-256, so a leaked table opens no session. Callers own the transaction.
 */
@ApplicationScoped
public class SessionTokens {


    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cairn.session.ttl", defaultValue = "PT8H")
    Duration ttl;

    /** A token and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[token=<redacted>, expiresAt=" + expiresAt + "]";
        }
    }

    public Issued issue(SessionSubject subject) {
        String token = org.cairn.infra.security.OpaqueTokens.fresh();
        Instant now = clock.instant();
        CourseSession session = new CourseSession(hash(token), subject, now, now.plus(ttl));
        em.persist(session);
        return new Issued(token, session.expiresAt());
    }

    /** The subject of a live session, or empty for an unknown, malformed or expired token. */
    public Optional<SessionSubject> verify(String token) {
        if (!looksLikeToken(token)) return Optional.empty();
        Instant now = clock.instant();
        return em.createNamedQuery("CourseSession.byTokenHash", CourseSession.class)
                .setParameter("hash", hash(token))
                .getResultStream().findFirst()
                .filter(session -> !session.isExpiredAt(now))
                .map(CourseSession::subject);
    }

    /** Ends a session now (sign-out, or an operator revoking it). */
    public void expire(String token) {
        if (!looksLikeToken(token)) return;
        Instant now = clock.instant();
        em.createNamedQuery("CourseSession.byTokenHash", CourseSession.class)
                .setParameter("hash", hash(token))
                .getResultStream().findFirst().ifPresent(session -> session.expire(now));
    }

    static boolean looksLikeToken(String token) {
        return token != null && token.length() >= 40 && token.length() <= 128 && token.matches("[A-Za-z0-9_-]+");
    }

    public static String hash(String token) {
        return org.cairn.infra.security.OpaqueTokens.sha256Hex(token);
    }
}
