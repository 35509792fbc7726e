package org.cairn.lti.deeplinking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairn.competency.control.CourseStandards;
import org.cairn.competency.entity.CourseStandard;
import org.cairn.infra.i18n.Messages;
import org.cairn.lti.deeplinking.entity.ContentChoice;
import org.cairn.roster.entity.Course;

/**
 * What Cairn offers a teacher to place in the LMS: "My learning plan", and one plan link per unit of the course's
 * prioritized standards when the course has units. Reads only: a Deep Linking request creates nothing.
 */
@ApplicationScoped
public class ContentOffer {

    /** A unit name longer than this is cut in titles and custom values (LMS titles are short). */
    static final int MAX_UNIT = 200;

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    CourseStandards courseStandards;

    @Transactional
    public List<ContentChoice> choices(UUID registrationId, String contextId, Messages messages) {
        List<ContentChoice> choices = new ArrayList<>();
        choices.add(ContentChoice.plan(messages.get("lti.dl.item.plan")));
        int index = 1;
        for (String unit : units(registrationId, contextId)) {
            choices.add(ContentChoice.planForUnit(index++, messages.get("lti.dl.item.unit", unit), unit));
        }
        return choices;
    }

    private Set<String> units(UUID registrationId, String contextId) {
        Set<String> units = new LinkedHashSet<>();
        if (contextId == null) return units;
        Optional<Course> course = em.createNamedQuery("Course.byRegistrationAndContext", Course.class)
                .setParameter("registrationId", registrationId).setParameter("contextId", contextId)
                .getResultStream().findFirst();
        if (course.isEmpty()) return units;
        // ofCourse is in the teacher's order: units appear in the order their first standard does.
        for (CourseStandard standard : courseStandards.ofCourse(registrationId, course.get().id())) {
            String unit = standard.unitName();
            if (unit != null && !unit.isBlank()) {
                String trimmed = unit.strip();
                units.add(trimmed.length() > MAX_UNIT ? trimmed.substring(0, MAX_UNIT) : trimmed);
            }
        }
        return units;
    }
}
