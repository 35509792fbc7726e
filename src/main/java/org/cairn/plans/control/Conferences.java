package org.cairn.plans.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceSlot;

/** Finds and stores conferences and conference slots. Callers own the transaction. */
@ApplicationScoped
public class Conferences {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public Optional<Conference> find(UUID id) {
        return Optional.ofNullable(em.find(Conference.class, id));
    }

    public List<Conference> ofPlan(UUID planId) {
        return em.createNamedQuery("Conference.ofPlan", Conference.class).setParameter("planId", planId).getResultList();
    }

    public Conference add(Conference conference) {
        em.persist(conference);
        return conference;
    }

    public List<ConferenceSlot> slots(UUID courseId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("ConferenceSlot.ofCourseBetween", ConferenceSlot.class)
                .setParameter("courseId", courseId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public ConferenceSlot add(ConferenceSlot slot) {
        em.persist(slot);
        return slot;
    }
}
