package org.cairn.mastery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.mastery.entity.MethodChoice;
import org.cairn.mastery.entity.MethodSettings;

/** The methods chosen for a course and its standards. Callers own the transaction. */
@ApplicationScoped
public class MethodChoices {

    /** Until a teacher chooses: the decaying average with r = 0.65, recent work counting most. */
    public static final MethodSettings DEFAULT = MethodSettings.decayingAverage();

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public List<MethodChoice> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("MethodChoice.ofCourse", MethodChoice.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
    }

    public MethodChoice add(MethodChoice choice) {
        em.persist(choice);
        return choice;
    }

    public MethodSettings resolve(UUID registrationId, UUID courseId, UUID standardId) {
        return resolve(ofCourse(registrationId, courseId), standardId);
    }

    /** The standard's own choice, else the course's, else {@link #DEFAULT}. */
    public static MethodSettings resolve(List<MethodChoice> choices, UUID standardId) {
        Optional<MethodChoice> own = choices.stream().filter(c -> standardId.equals(c.standardId())).findFirst();
        return own.or(() -> choices.stream().filter(MethodChoice::forWholeCourse).findFirst())
                .map(MethodChoice::settings).orElse(DEFAULT);
    }
}
