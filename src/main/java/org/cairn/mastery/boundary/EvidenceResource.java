package org.cairn.mastery.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The evidence ledger of the caller's course: teachers record any evidence, for one student or the whole class at
 * once, correct it and validate out-of-school learning; a student adds self-assessments and out-of-school learning
 * about themself (the latter waits for a teacher).
 */
@Path("/api/v1/courses/current/mastery/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    /** One piece of evidence. observedOn defaults to today; a student may leave studentId out (themself). */
    public static class EvidenceRequest {
        public UUID studentId;
        @NotNull
        public UUID standardId;
        @NotNull
        public Double points;
        public LocalDate observedOn;
        @NotNull
        public EvidenceSource source;
        @Size(max = 2000)
        public String note;
        @Size(max = 2048)
        public String artifact;
    }

    /** Quick entry: one standard, a level per student, one date and source (default today, observation). */
    public static class BatchRequest {
        @NotNull
        public UUID standardId;
        public LocalDate observedOn;
        public EvidenceSource source;
        @Size(max = 2000)
        public String note;
        @NotNull
        @Size(min = 1, max = 500)
        @Valid
        public List<StudentLevel> levels;
    }

    public static class StudentLevel {
        @NotNull
        public UUID studentId;
        @NotNull
        public Double points;
    }

    /** A correction: the new points (and date, if it was wrong too) and why. */
    public static class CorrectionRequest {
        @NotNull
        public Double points;
        public LocalDate observedOn;
        @Size(max = 2000)
        public String reason;
    }

    /** A teacher's decision on out-of-school learning; a rejection needs a note saying why. */
    public static class DecisionRequest {
        @NotNull
        public Boolean accept;
        @Size(max = 2000)
        public String note;
    }

    @Inject
    CourseAccess access;

    @Inject
    CourseMastery course;

    @Inject
    MasteryEntries entries;

    @Inject
    UniqueKeyRetry retry;

    private MasteryEntries.Author author() {
        return new MasteryEntries.Author(access.registrationId(), access.courseId(), access.personId(), access.isTeacher(),
                access.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one piece of evidence and recompute that student's level on that standard. "
            + "Teachers: any source, any student of the course. Students: SELF_ASSESSMENT or OUT_OF_SCHOOL about "
            + "themself (out-of-school learning waits for a teacher to validate it)")
    public Response record(@NotNull @Valid EvidenceRequest request) {
        access.requireStudentOrTeacher();
        MasteryEntries.Author author = author();
        var entry = new MasteryEntries.Entry(request.studentId, request.standardId, request.points, request.observedOn,
                request.source, request.note, request.artifact);
        // The first evidence on a (student, standard) creates its mastery row; two at once (the teacher's
        // observation and the student's self-assessment, a double click) insert the same row, and the one that
        // loses mastery_once runs again in a new transaction: its evidence rolled back with it, so it is kept once.
        var recorded = retry.run(() -> entries.record(author, entry));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quick entry: one standard, a level for each of several students, in one transaction "
            + "(all or nothing); answers each student's new level (teachers only)")
    public MasteryJson.BatchRecorded batch(@NotNull @Valid BatchRequest request) {
        access.requireTeacher();
        MasteryEntries.Author author = author();
        var batch = new MasteryEntries.Batch(request.standardId, request.observedOn, request.source, request.note,
                request.levels.stream().map(l -> new MasteryEntries.StudentPoints(l.studentId, l.points)).toList());
        // Creates the mastery rows of students without a level yet: see record().
        return retry.run(() -> entries.quickEntry(author, batch));
    }

    @POST
    @Path("/{evidenceId}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct evidence: a new piece supersedes it and the original is kept, marked corrected "
            + "with who, when and why (teachers only)")
    public MasteryJson.Recorded correct(@PathParam("evidenceId") UUID evidenceId,
                                        @NotNull @Valid CorrectionRequest request) {
        access.requireTeacher();
        return entries.correct(author(), evidenceId, request.points, request.observedOn, request.reason);
    }

    @POST
    @Path("/{evidenceId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept (it counts from now on) or reject (with a note) out-of-school learning a student "
            + "submitted (teachers only)")
    public MasteryJson.Recorded decide(@PathParam("evidenceId") UUID evidenceId, @NotNull @Valid DecisionRequest request) {
        access.requireTeacher();
        return entries.decide(author(), evidenceId, request.accept, request.note);
    }

    @GET
    @Path("/pending")
    @Operation(summary = "Out-of-school learning waiting for a teacher's decision (teachers only)")
    public List<MasteryJson.Pending> pending() {
        access.requireTeacher();
        return course.pending(access.registrationId(), access.courseId(), access.locale());
    }
}
