package org.cairn.session.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** Whom a session speaks for: the person (id and platform sub), the course and its tenant, the role and locale. */
public record SessionSubject(UUID personId, String sub, UUID courseId, UUID registrationId, UUID deploymentId,
                             CourseRole role, Locale locale) {

    public SessionSubject {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(sub, "sub");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(locale, "locale");
    }
}
