package org.cairn.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** A session a launch opened: who, in which course, with which role, until when. The token itself is never stored. */
@Entity
@Table(name = "course_session")
@NamedQuery(name = "CourseSession.byTokenHash", query = "SELECT s FROM CourseSession s WHERE s.tokenHash = :hash")
public class CourseSession {

    @Id
    private UUID id;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "deployment_id", nullable = false)
    private UUID deploymentId;

    @Column(name = "sub", nullable = false)
    private String sub;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private CourseRole role;

    @Column(name = "locale", nullable = false)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected CourseSession() {
        // JPA
    }

    public CourseSession(String tokenHash, SessionSubject subject, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.personId = subject.personId();
        this.courseId = subject.courseId();
        this.registrationId = subject.registrationId();
        this.deploymentId = subject.deploymentId();
        this.sub = subject.sub();
        this.role = subject.role();
        this.locale = subject.locale().toLanguageTag();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void expire(Instant now) {
        if (now.isBefore(expiresAt)) this.expiresAt = now;
    }

    public SessionSubject subject() {
        return new SessionSubject(personId, sub, courseId, registrationId, deploymentId, role,
                Locale.forLanguageTag(locale));
    }

    public UUID id() {
        return id;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
