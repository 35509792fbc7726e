package org.cairn.mastery.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.mastery.control.MasteryRefused;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Mastery in the caller's course: the class heatmap and the method for teachers; a student's profile, the
 * explanation of a level and its evidence for that student and the course's teachers; overrides for teachers.
 */
@Path("/api/v1/courses/current/mastery")
@Produces(MediaType.APPLICATION_JSON)
public class MasteryResource {

    /** A teacher's override: a level of the scale and a note saying why (required). */
    public static class OverrideRequest {
        @NotNull
        public Double points;
        @Size(max = 2000)
        public String note;
    }

    /** A calculation method; parameters left out keep their defaults (n 3, weight 0.65, rate 0.65). */
    public static class MethodRequest {
        /** Null: the whole course; else one of its standards, overriding the course's method. */
        public UUID standardId;
        @NotNull
        public MethodKind kind;
        @Min(1)
        @Max(100)
        public Integer n;
        public Double weight;
        public Double rate;
        public Boolean includeSelfAssessment;
    }

    @Inject
    CourseAccess access;

    @Inject
    CourseMastery course;

    @Inject
    UniqueKeyRetry retry;

    @Inject
    MasteryEntries entries;

    private MasteryEntries.Author author() {
        return new MasteryEntries.Author(access.registrationId(), access.courseId(), access.personId(), access.isTeacher(),
                access.locale());
    }

    @GET
    @Path("/heatmap")
    @Operation(summary = "The class heatmap: students × the course's standards, each cell's level (label, colour, "
            + "points), whether overridden and its evidence count, the legend and the share of the class at mastery "
            + "per standard (teachers only)")
    public MasteryJson.HeatmapView heatmap() {
        access.requireTeacher();
        return course.heatmap(access.registrationId(), access.courseId(), access.locale());
    }

    @GET
    @Path("/students/{studentId}/profile")
    @Operation(summary = "A student's level on each course standard and a trend (score by date observed) per "
            + "standard (the student themself or a teacher)")
    public MasteryJson.ProfileView profile(@PathParam("studentId") UUID studentId) {
        access.requireStudentOrTeacher().requireSelfOrTeacher(studentId);
        return course.profile(access.registrationId(), access.courseId(), studentId, access.locale());
    }

    @GET
    @Path("/students/{studentId}/standards/{standardId}/explanation")
    @Operation(summary = "Explain my level: the evidence used and left out, the method, each step, the result and "
            + "what every other method would give (the student themself or a teacher)")
    public MasteryJson.ExplanationView explanation(@PathParam("studentId") UUID studentId,
                                                   @PathParam("standardId") UUID standardId) {
        access.requireStudentOrTeacher().requireSelfOrTeacher(studentId);
        // Steps and reasons in the session's language (the launch's locale), like the rest of the page.
        return course.explain(access.registrationId(), access.courseId(), studentId, standardId, access.locale());
    }

    @GET
    @Path("/students/{studentId}/standards/{standardId}/evidence")
    @Operation(summary = "The evidence timeline of a student on a standard, corrections and their originals "
            + "included, with the level and any override in force (the student themself or a teacher)")
    public MasteryJson.TimelineView timeline(@PathParam("studentId") UUID studentId,
                                             @PathParam("standardId") UUID standardId) {
        access.requireStudentOrTeacher().requireSelfOrTeacher(studentId);
        return course.timeline(access.registrationId(), access.courseId(), studentId, standardId, access.locale());
    }

    @PUT
    @Path("/students/{studentId}/standards/{standardId}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Override a student's level on a standard with a note saying why; flagged, and kept "
            + "through every recalculation until withdrawn (teachers only)")
    public MasteryJson.TimelineView override(@PathParam("studentId") UUID studentId,
                                             @PathParam("standardId") UUID standardId,
                                             @NotNull @Valid OverrideRequest request) {
        access.requireTeacher();
        MasteryEntries.Author author = author();
        // Without evidence the student has no mastery row yet and the override creates it; two at once (a double
        // click, two teachers) insert the same row, and the one that loses mastery_once runs again in a new
        // transaction (its override rolled back with it), then waits on the row's lock: see OverrideLevel.
        return retry.run(() -> entries.override(author, studentId, standardId, request.points, request.note));
    }

    @DELETE
    @Path("/students/{studentId}/standards/{standardId}/override")
    @Operation(summary = "Withdraw the override: the calculated level shows again (teachers only)")
    public MasteryJson.TimelineView withdrawOverride(@PathParam("studentId") UUID studentId,
                                                     @PathParam("standardId") UUID standardId) {
        access.requireTeacher();
        MasteryEntries.Author author = author();
        // Recomputing may create the mastery row as well: see override().
        return retry.run(() -> entries.withdrawOverride(author, studentId, standardId));
    }

    @GET
    @Path("/methods")
    @Operation(summary = "The course's calculation method and each standard's own (teachers only)")
    public MasteryJson.MethodsView methods() {
        access.requireTeacher();
        return course.methods(access.registrationId(), access.courseId());
    }

    @PUT
    @Path("/methods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the method of the course (no standardId) or of one standard, with n, weight w and "
            + "rate r; the course's levels are recomputed (teachers only)")
    public MasteryJson.MethodsView chooseMethod(@NotNull @Valid MethodRequest request) {
        access.requireTeacher();
        MethodSettings settings = MasteryRefused.guard(() -> new MethodSettings(request.kind,
                request.n == null ? MethodSettings.DEFAULT_N : request.n,
                request.weight == null ? MethodSettings.DEFAULT_WEIGHT : request.weight,
                request.rate == null ? MethodSettings.DEFAULT_RATE : request.rate,
                Boolean.TRUE.equals(request.includeSelfAssessment)));
        return entries.chooseMethod(author(), request.standardId, settings);
    }
}
