package org.cairn.roster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.roster.control.Roster;
import org.cairn.roster.entity.Course;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** "Who am I": the caller's role, course and locale, for the front end. */
@ApplicationScoped
@Path("/api/v1/session")
public class SessionResource {

    @Inject
    CourseAccess access;

    @Inject
    Roster roster;

    public record Me(UUID personId, String role, UUID courseId, String courseTitle, String courseLabel, String locale) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The current session: role, course and locale")
    public Me me() {
        Course course = roster.course(access.courseId())
                .orElseThrow(() -> ProblemException.notFound(Phrase.of("roster.problem.courseGone")));
        return new Me(access.personId(), access.role().name().toLowerCase(Locale.ROOT), course.id(),
                course.displayTitle(), course.label(), access.locale().toLanguageTag());
    }
}
