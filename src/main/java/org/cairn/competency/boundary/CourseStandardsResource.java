package org.cairn.competency.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.control.PriorityList;
import org.cairn.competency.entity.StandardCategory;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current course's prioritized standards: read by its teachers and students, saved by its teachers. */
@Path("/api/v1/courses/current/standards")
public class CourseStandardsResource {

    @Inject
    CourseAccess access;

    @Inject
    ChooseCourseStandards choose;

    @Inject
    UniqueKeyRetry retry;

    /** Classes, not records: Bean Validation on record components crashes Payara's OpenAPI generator. */
    public static class CourseStandardsInput {
        @NotNull
        @Size(max = PriorityList.MAX_UNITS)
        @Valid
        public List<UnitInput> units = new ArrayList<>();
        @NotNull
        @Size(max = PriorityList.MAX_STANDARDS)
        @Valid
        public List<ChoiceInput> standards;
        /** The list's version as the page loaded it (0 when the course had none saved); optional. */
        public Long version;
    }

    public static class UnitInput {
        @NotNull
        @Size(min = 1, max = 255)
        public String name;
        public LocalDate start;
        public LocalDate end;
    }

    public static class ChoiceInput {
        @NotNull
        public UUID standardId;
        /** Absent: a habit standard is a habit, any other academic. */
        public StandardCategory category;
        @Size(max = 255)
        public String unit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The course's prioritized standards in order, with category and unit, the units with "
            + "their dates, and the list's version (teachers and students)")
    public ChooseCourseStandards.CourseList standards() {
        access.requireStudentOrTeacher();
        return choose.read(access.registrationId(), access.courseId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the course's prioritized standards (teachers): the order of 'standards' is the "
            + "priority; each may name one of 'units'. Every problem is reported at once and nothing is saved. With "
            + "the version the page loaded, refused (409) if someone saved the list since")
    public ChooseCourseStandards.CourseList save(@NotNull @Valid CourseStandardsInput input) {
        access.requireTeacher();
        var list = PriorityList.of(
                input.units.stream().map(u -> new PriorityList.Unit(u.name, u.start, u.end)).toList(),
                input.standards.stream().map(c -> new PriorityList.Choice(c.standardId, c.category, c.unit)).toList());
        // A course has one list (course_standard_list_once): a simultaneous first save may insert it first, and this
        // one then saves its list over it (or, sent with version 0, is refused: the page did not see that list).
        return retry.run(() -> choose.choose(access.registrationId(), access.courseId(), list, input.version));
    }
}
