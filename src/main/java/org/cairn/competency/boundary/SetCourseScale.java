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
import org.cairn.infra.problem.StaleSave;

/**
 * A course's mastery scale: its own, else the tenant's default, else Cairn's four levels. Saving or dropping a
 * course's own scale changes the levels of every student in the course, so {@link ScaleChanged} is fired inside the
 * transaction for mastery to recompute. Both may carry the version of the course's scale row as the page loaded it (0
 * when the course never had one), and are refused when it was saved or dropped since ({@link StaleSave}): the row is
 * kept when dropped, so its version never starts again. Cairn's four levels, and their name, are given in the
 * reader's language; a course's or tenant's own scale in the words it was saved with.
 */
@ApplicationScoped
public class SetCourseScale {

    public enum Origin { COURSE, TENANT, DEFAULT }

    /**
     * The scale a course uses, where it comes from, and the version of the course's own scale row, which a page sends
     * back with its save (0 when the course never had its own; a dropped one keeps counting).
     */
    public record CourseScale(String name, Origin origin, Scale scale, long version) {
    }

    @Inject
    MasteryScales scales;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ScaleChanged> changed;

    @Transactional
    public CourseScale of(UUID registrationId, UUID courseId, Locale reader) {
        var row = scales.rowOfCourse(registrationId, courseId);
        long version = row.map(MasteryScale::version).orElse(0L);
        var own = row.filter(s -> !s.dropped());
        if (own.isPresent()) return new CourseScale(own.get().name(), Origin.COURSE, own.get().scale(), version);
        var tenant = scales.tenantDefault(registrationId);
        if (tenant.isPresent()) return new CourseScale(tenant.get().name(), Origin.TENANT, tenant.get().scale(), version);
        return cairns(reader, version);
    }

    /** Cairn's four levels, named and labelled in the reader's language. */
    static CourseScale cairns(Locale reader, long version) {
        return new CourseScale(Messages.forLocale(Messages.supported(reader)).get("competency.server.defaultScaleName"),
                Origin.DEFAULT, Scale.standard(reader), version);
    }

    /**
     * Gives the course its own scale. Two first saves at once: one inserts the row, the other fails on its unique key
     * and is run again by the caller (UniqueKeyRetry), then changes the row the first inserted (or, sent with version
     * 0, is refused: its page did not see that scale). {@code version}: as the page loaded it, or null (not checked).
     */
    @Transactional
    public CourseScale set(UUID registrationId, UUID courseId, String name, Scale scale, Long version, Locale reader) {
        var row = scales.rowOfCourseLocked(registrationId, courseId);
        StaleSave.refuseUnless(version, row.map(MasteryScale::version).orElse(0L));
        if (row.isPresent()) row.get().change(name, scale, clock.instant());
        else scales.add(new MasteryScale(registrationId, courseId, name, scale, clock.instant()));
        changed.fire(new ScaleChanged(registrationId, courseId));
        return of(registrationId, courseId, reader);
    }

    /** Back to the district's default. {@code version}: as the page loaded it, or null (not checked). */
    @Transactional
    public CourseScale reset(UUID registrationId, UUID courseId, Long version, Locale reader) {
        var row = scales.rowOfCourseLocked(registrationId, courseId);
        StaleSave.refuseUnless(version, row.map(MasteryScale::version).orElse(0L));
        row.filter(s -> !s.dropped()).ifPresent(s -> s.drop(clock.instant()));
        changed.fire(new ScaleChanged(registrationId, courseId));
        return of(registrationId, courseId, reader);
    }
}
