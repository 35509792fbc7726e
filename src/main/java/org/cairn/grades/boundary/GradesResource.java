package org.cairn.grades.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.grades.entity.Grouping;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.infra.problem.ProblemException;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current course's grades in the LMS gradebook (teachers only): columns, stuck scores, LMS assignments. */
@Path("/api/v1/courses/current/grades")
@Produces(MediaType.APPLICATION_JSON)
public class GradesResource {

    /** PUT /grouping body. A class, not a record: Payara's OpenAPI generator and Bean Validation on records. */
    public static class GroupingChoice {
        @NotNull
        @Pattern(regexp = "STANDARD|PERIOD", message = "{grades.problem.groupingKind}")
        public String grouping;
    }

    /** POST /mappings body. */
    public static class NewMapping {
        @NotBlank
        @Size(max = 2048)
        public String lineItemId;

        @Size(max = 255)
        public String label;

        @NotNull
        @Size(min = 1, max = 50, message = "{grades.problem.standardsPerColumn}")
        public List<UUID> standardIds;
    }

    @Inject
    CourseAccess access;

    @Inject
    CourseGrades grades;

    @Inject
    ScoreDeliveries deliveries;

    @Inject
    ResultsAsEvidence results;

    @Inject
    UniqueKeyRetry retry;

    @GET
    @Operation(summary = "The course's gradebook columns with delivered / pending / needs-attention counts, and LMS assignment mappings")
    public CourseGrades.Overview overview() {
        access.requireTeacher();
        // Why a delivery needs attention, in the session's language (the launch's locale), like the rest of the page.
        return grades.overview(access.registrationId(), access.courseId(), access.locale());
    }

    @PUT
    @Path("grouping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A gradebook column per prioritized standard (STANDARD) or per planning period (PERIOD)")
    public Map<String, String> choose(@Valid @NotNull GroupingChoice choice) {
        access.requireTeacher();
        Grouping grouping = Grouping.valueOf(choice.grouping);
        // A course's first choice inserts its course_grading row; two at once (a double click, two teachers) both
        // insert it, and the one that loses the key runs again and changes the winner's row (the UPDATE waits).
        retry.run(() -> {
            grades.choose(access.registrationId(), access.courseId(), grouping);
            return null;
        });
        return Map.of("grouping", grouping.name());
    }

    @POST
    @Path("deliveries/{id}/retry")
    @Operation(summary = "Send a score that needs attention again")
    public Map<String, String> retry(@PathParam("id") String id) {
        access.requireTeacher();
        return Map.of("status", grades.retry(access.courseId(), uuid(id, "grades.problem.noSuchDelivery"), deliveries).name());
    }

    @GET
    @Path("assignments")
    @Operation(summary = "The LMS's own assignments (line items Cairn did not create) in this course, read from the LMS")
    public List<CourseGrades.Assignment> assignments() {
        access.requireTeacher();
        return grades.assignments(access.registrationId(), access.courseId());
    }

    @POST
    @Path("mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count an LMS assignment's results as evidence for standards")
    public Response map(@Valid @NotNull NewMapping mapping) {
        access.requireTeacher();
        // A double click maps the same assignment twice at once: the loser of lms_result_mapping_once runs again
        // and finds the winner's mapping, so both answer with the same ids.
        List<UUID> ids = retry.run(() -> grades.map(access.registrationId(), access.courseId(), mapping.lineItemId,
                mapping.label, mapping.standardIds));
        return Response.status(201).entity(Map.of("ids", ids)).build();
    }

    @DELETE
    @Path("mappings/{id}")
    @Operation(summary = "Stop counting an LMS assignment for a standard (evidence recorded so far stays)")
    public Response unmap(@PathParam("id") String id) {
        access.requireTeacher();
        grades.unmap(access.courseId(), uuid(id, "grades.problem.noSuchMapping"));
        return Response.noContent().build();
    }

    @POST
    @Path("results/read")
    @Operation(summary = "Read the mapped LMS assignments' results now and record new ones as evidence")
    public ResultsAsEvidence.Read readNow() {
        access.requireTeacher();
        return results.readCourse(access.courseId()).in(access.locale());
    }

    /** An id from the path; one that is not a UUID is "not found" ({@code notFound}: the key of that sentence). */
    private static UUID uuid(String value, String notFound) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(Phrase.of(notFound, value));
        }
    }
}
