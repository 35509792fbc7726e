package org.cairn.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.entity.MasteryScale;
import org.cairn.competency.entity.Scale;

/** Mastery scales: a course's override, else the tenant's default, else Cairn's standard four levels. */
@ApplicationScoped
public class MasteryScales {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    /** The scale to calculate with: Cairn's four levels are labelled in English here (labels do not count). */
    public Scale forCourse(UUID registrationId, UUID courseId) {
        return forCourse(registrationId, courseId, Locale.ENGLISH);
    }

    /**
     * The scale as a reader sees it: Cairn's four levels labelled in the reader's language; a course's or the
     * tenant's own scale in the words it was saved with.
     */
    public Scale forCourse(UUID registrationId, UUID courseId, Locale reader) {
        return ofCourse(registrationId, courseId).or(() -> tenantDefault(registrationId))
                .map(MasteryScale::scale).orElseGet(() -> Scale.standard(reader));
    }

    /** Whether the course uses Cairn's four levels: it has no scale of its own and its tenant no default. */
    public boolean usesCairnsLevels(UUID registrationId, UUID courseId) {
        return ofCourse(registrationId, courseId).or(() -> tenantDefault(registrationId)).isEmpty();
    }

    /** The course's own scale in force: none while it uses the default (never given one, or dropped it). */
    public Optional<MasteryScale> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("MasteryScale.ofCourse", MasteryScale.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId)
                .getResultStream().findFirst();
    }

    /** The course's scale row, in force or dropped: its version is the one a page saw, whichever it showed. */
    public Optional<MasteryScale> rowOfCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("MasteryScale.rowOfCourse", MasteryScale.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId)
                .getResultStream().findFirst();
    }

    /**
     * The course's scale row, in force or dropped, locked until the transaction ends: saving or dropping a scale
     * rewrites it, and two saves at once (two teachers, or the saves that lost the race to create it) would otherwise
     * fail on its version; a save that carries the version its page loaded compares it under this lock.
     */
    public Optional<MasteryScale> rowOfCourseLocked(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("MasteryScale.rowOfCourse", MasteryScale.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<MasteryScale> tenantDefault(UUID registrationId) {
        return em.createNamedQuery("MasteryScale.tenantDefault", MasteryScale.class)
                .setParameter("registrationId", registrationId).getResultStream().findFirst();
    }

    public MasteryScale add(MasteryScale scale) {
        em.persist(scale);
        return scale;
    }
}
