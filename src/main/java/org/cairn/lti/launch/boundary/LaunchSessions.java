package org.cairn.lti.launch.boundary;

import org.cairn.roster.entity.CourseLaunched;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.cairn.infra.i18n.Messages;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.cairn.roster.control.Roster;
import org.cairn.roster.entity.Course;
import org.cairn.roster.entity.Enrollment;
import org.cairn.roster.entity.Person;
import org.cairn.roster.entity.PersonDetails;
import org.cairn.session.control.SessionTokens;
import org.cairn.session.entity.CourseRole;
import org.cairn.session.entity.SessionSubject;
import org.cairn.tenancy.entity.Deployment;

/**
 * The use case after a valid launch, in one transaction: upsert the person (sub, plus name and email only when
 * shared), the course and the enrollment, then open a session. Either all of it is written or none.
 */
@ApplicationScoped
public class LaunchSessions {

    @Inject
    Roster roster;

    @Inject
    SessionTokens tokens;

    @Inject
    java.time.Clock clock;

    /** Observed after commit: a teacher launch refreshes a stale roster (RosterSyncing). */
    @Inject
    jakarta.enterprise.event.Event<CourseLaunched> launched;

    /** Observed synchronously by grades: the course's AGS endpoint, stored with the launch. */
    @Inject
    jakarta.enterprise.event.Event<org.cairn.grades.entity.AgsOffered> agsOffered;

    /** A session opened for a course launch. */
    public record Opened(String token, CourseRole role, String courseTitle, Locale locale) {
        @Override
        public String toString() {
            return "Opened[token=<redacted>, role=" + role + ", locale=" + locale + "]";
        }
    }

    @Transactional
    public Opened open(LtiLaunch launch, Deployment deployment) {
        Person person = roster.person(launch.registrationId(), launch.sub(),
                new PersonDetails(launch.name(), launch.givenName(), launch.familyName(), launch.email()));
        Course course = roster.course(launch.registrationId(), deployment.id(), launch.context().id(),
                launch.context().title(), launch.context().label());
        course.offerMemberships(launch.membershipsUrl(), clock.instant());
        Enrollment enrollment = roster.enroll(course, person, launch.roles());
        Locale locale = Messages.supported(launch.locale());
        SessionTokens.Issued issued = tokens.issue(new SessionSubject(person.id(), person.sub(), course.id(),
                launch.registrationId(), deployment.id(), enrollment.role(), locale));
        if (launch.ags() != null) {
            agsOffered.fire(new org.cairn.grades.entity.AgsOffered(launch.registrationId(), course.id(),
                    org.cairn.grades.entity.AgsEndpoint.of(str(launch.ags().lineitems()), str(launch.ags().lineitem()),
                            launch.ags().scopes())));
        }
        launched.fire(new CourseLaunched(course.id(), enrollment.role()));
        return new Opened(issued.token(), enrollment.role(), course.displayTitle(), locale);
    }

    private static String str(java.net.URI uri) {
        return uri == null ? null : uri.toString();
    }
}
