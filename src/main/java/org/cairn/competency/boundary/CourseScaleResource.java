package org.cairn.competency.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cairn.competency.control.ScaleRules;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current course's mastery scale: read by teachers and students, set or reset by teachers. */
@Path("/api/v1/courses/current/scale")
public class CourseScaleResource {

    @Inject
    CourseAccess access;

    @Inject
    SetCourseScale scales;

    @Inject
    UniqueKeyRetry retry;

    /** Classes, not records: Bean Validation on record components crashes Payara's OpenAPI generator. */
    public static class ScaleInput {
        @Size(max = 255)
        public String name;
        @NotNull
        @Size(max = 20)
        public List<LevelInput> levels;
        /** The scale's version as the page loaded it (0 when the course never had its own); optional. */
        public Long version;
    }

    public static class LevelInput {
        public Double points;
        public String label;
        public String colour;
        public boolean mastery;
    }

    /** A level as the API shows it. */
    public record Level(double points, String label, String colour, boolean mastery) {
    }

    /**
     * origin: COURSE (the course's own), TENANT (the district's default) or DEFAULT (Cairn's four levels); version:
     * of the course's own scale, the one to send back with a save or a reset (0 when the course never had its own).
     */
    public record ScaleView(String name, String origin, List<Level> levels, long version) {
        static ScaleView of(SetCourseScale.CourseScale s) {
            return new ScaleView(s.name(), s.origin().name(), s.scale().levels().stream()
                    .map(l -> new Level(l.points(), l.label(), l.colour(), l.mastery())).toList(), s.version());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The course's mastery scale, lowest level first, whether it is the course's own, the "
            + "district's default or Cairn's, and its version (teachers and students)")
    public ScaleView scale() {
        access.requireStudentOrTeacher();
        // Cairn's own levels in the session's language (the launch's locale), like the rest of the page.
        return ScaleView.of(scales.of(access.registrationId(), access.courseId(), access.locale()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the course its own scale (teachers): 2 to 10 levels from lowest to highest with rising "
            + "points, a label and a #rrggbb colour each, exactly one marked mastery; with the version the page "
            + "loaded, refused (409) if someone saved or dropped the course's scale since")
    public ScaleView set(@NotNull @Valid ScaleInput input) {
        access.requireTeacher();
        var scale = ScaleRules.validate(input.name, input.levels.stream()
                .map(l -> l == null ? null : new ScaleRules.GivenLevel(l.points, l.label, l.colour, l.mastery)).toList());
        // A course has one scale row: a simultaneous first save may insert it first, and this one then saves over it.
        return ScaleView.of(retry.run(() -> scales.set(access.registrationId(), access.courseId(), input.name, scale,
                input.version, access.locale())));
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop the course's own scale and use the district's default again (teachers); with "
            + "?version= as the page loaded it, refused (409) if someone saved or dropped the course's scale since")
    public ScaleView reset(@QueryParam("version") Long version) {
        access.requireTeacher();
        return ScaleView.of(scales.reset(access.registrationId(), access.courseId(), version, access.locale()));
    }
}
