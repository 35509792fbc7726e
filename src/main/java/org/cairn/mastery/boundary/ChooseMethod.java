package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.cairn.mastery.control.MethodChoices;
import org.cairn.mastery.entity.MethodChoice;
import org.cairn.mastery.entity.MethodSettings;

/**
 * Chooses the calculation method of a course, or of one standard in it (overriding the course's), and recomputes
 * the course: mastery is derived, so a new method simply gives new levels (overrides stay).
 */
@ApplicationScoped
public class ChooseMethod {

    @Inject
    MethodChoices choices;

    @Inject
    RecomputeMastery recompute;

    @Inject
    Clock clock;

    /** standardId null: the whole course. Returns how many (student, standard) levels were recomputed. */
    @Transactional
    public int choose(UUID registrationId, UUID courseId, UUID standardId, MethodSettings settings, String by) {
        Objects.requireNonNull(settings, "settings");
        var existing = choices.ofCourse(registrationId, courseId).stream()
                .filter(c -> Objects.equals(c.standardId(), standardId)).findFirst();
        if (existing.isPresent()) existing.get().choose(settings, by, clock.instant());
        else choices.add(new MethodChoice(registrationId, courseId, standardId, settings, by, clock.instant()));
        return recompute.rebuildCourse(registrationId, courseId);
    }
}
