package org.cairn.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.cairn.competency.control.MasteryScales;
import org.cairn.competency.entity.MasteryScale;
import org.cairn.competency.entity.Scale;
import org.cairn.competency.entity.ScaleChanged;
import org.cairn.infra.i18n.Messages;

/**
 * A course's mastery scale: its own, else the tenant's default, else Cairn's four levels. Saving or dropping a
 * course's own scale changes the levels of every student in the course, so {@link ScaleChanged} is fired inside the
 * transaction for mastery to recompute. Cairn's four levels, and their name, are given in the reader's language; a
 * course's or tenant's own scale in the words it was saved with.
 */
@ApplicationScoped
public class SetCourseScale {

    public enum Origin { COURSE, TENANT, DEFAULT }

    /** The scale a course uses and where it comes from. */
    public record CourseScale(String name, Origin origin, Scale scale) {
    }

    @Inject
    MasteryScales scales;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ScaleChanged> changed;

    @Transactional
    public CourseScale of(UUID registrationId, UUID courseId, Locale reader) {
        var own = scales.ofCourse(registrationId, courseId);
        if (own.isPresent()) return new CourseScale(own.get().name(), Origin.COURSE, own.get().scale());
        var tenant = scales.tenantDefault(registrationId);
        if (tenant.isPresent()) return new CourseScale(tenant.get().name(), Origin.TENANT, tenant.get().scale());
        return cairns(reader);
    }

    /** Cairn's four levels, named and labelled in the reader's language. */
    static CourseScale cairns(Locale reader) {
        return new CourseScale(Messages.forLocale(Messages.supported(reader)).get("competency.server.defaultScaleName"),
                Origin.DEFAULT, Scale.standard(reader));
    }

    /**
     * Gives the course its own scale. Two first saves at once: one inserts the row, the other fails on its unique key
     * and is run again by the caller (UniqueKeyRetry), then changes the row the first inserted.
     */
    @Transactional
    public CourseScale set(UUID registrationId, UUID courseId, String name, Scale scale, Locale reader) {
        var own = scales.ofCourseLocked(registrationId, courseId);
        if (own.isPresent()) own.get().change(name, scale, clock.instant());
        else scales.add(new MasteryScale(registrationId, courseId, name, scale, clock.instant()));
        changed.fire(new ScaleChanged(registrationId, courseId));
        return of(registrationId, courseId, reader);
    }

    @Transactional
    public CourseScale reset(UUID registrationId, UUID courseId, Locale reader) {
        scales.ofCourse(registrationId, courseId).ifPresent(scales::remove);
        changed.fire(new ScaleChanged(registrationId, courseId));
        return of(registrationId, courseId, reader);
    }
}
