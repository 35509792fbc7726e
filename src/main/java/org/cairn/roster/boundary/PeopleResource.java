package org.cairn.roster.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cairn.roster.control.Roster;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The roster of the caller's course, for its teachers. */
@Path("/api/v1/courses/current/people")
public class PeopleResource {

    @Inject
    CourseAccess access;

    @Inject
    Roster roster;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "People enrolled in the current course so far (teachers only)")
    public List<Roster.Member> people() {
        access.requireTeacher();
        return roster.members(access.courseId());
    }
}
