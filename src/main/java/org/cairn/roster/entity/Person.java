package org.cairn.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A user of one platform, identified by (registration, sub). Name and email only when the platform shares them. */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byRegistrationAndSub",
        query = "SELECT p FROM Person p WHERE p.registrationId = :registrationId AND p.sub = :sub")
public class Person {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "sub", nullable = false)
    private String sub;

    @Column(name = "name")
    private String name;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "email")
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Person() {
        // JPA
    }

    public Person(UUID registrationId, String sub, Instant now) {
        if (sub == null || sub.isBlank()) throw new IllegalArgumentException("sub is required");
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.sub = sub;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * What the platform shared in this launch. A claim the platform did not send leaves the stored value alone
     * (a later launch with less privacy-level data does not erase a name), except that nothing is ever invented.
     */
    public void shared(PersonDetails details, Instant now) {
        boolean changed = false;
        if (details.name() != null && !details.name().equals(name)) { name = cut(details.name(), 255); changed = true; }
        if (details.givenName() != null && !details.givenName().equals(givenName)) { givenName = cut(details.givenName(), 255); changed = true; }
        if (details.familyName() != null && !details.familyName().equals(familyName)) { familyName = cut(details.familyName(), 255); changed = true; }
        if (details.email() != null && !details.email().equals(email)) { email = cut(details.email(), 320); changed = true; }
        if (changed) updatedAt = now;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public UUID id() {
        return id;
    }

    public UUID registrationId() {
        return registrationId;
    }

    public String sub() {
        return sub;
    }

    /** The name to show: the full name, else given + family, else null (the UI then shows the sub). */
    public String displayName() {
        if (name != null && !name.isBlank()) return name;
        String joined = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return joined.isEmpty() ? null : joined;
    }

    public String email() {
        return email;
    }
}
