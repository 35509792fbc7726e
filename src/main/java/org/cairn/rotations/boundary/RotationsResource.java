package org.cairn.rotations.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.rotations.boundary.RotationForms.GroupingForm;
import org.cairn.rotations.boundary.RotationForms.MoveForm;
import org.cairn.rotations.boundary.RotationForms.OwnAgendaForm;
import org.cairn.rotations.boundary.RotationForms.RegroupForm;
import org.cairn.rotations.boundary.RotationForms.RotationForm;
import org.cairn.rotations.boundary.RotationForms.RoundForm;
import org.cairn.rotations.boundary.RotationForms.StationForm;
import org.cairn.rotations.boundary.RotationViews.BoardView;
import org.cairn.rotations.boundary.RotationViews.RotationDetail;
import org.cairn.rotations.boundary.RotationViews.RotationSummary;
import org.cairn.rotations.boundary.RotationViews.StationView;
import org.cairn.rotations.boundary.RotationViews.StudentAgenda;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Station rotations of the caller's course. Teachers manage stations, rotations, groups, agendas and the board;
 * a student reads only their own agenda ("where am I now and next").
 */
@Path("/api/v1/courses/current/rotations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RotationsResource {

    @Inject
    CourseAccess access;

    @Inject
    RotationPlanning planning;

    @Inject
    UniqueKeyRetry retry;

    @GET
    @Path("stations")
    @Operation(summary = "The course's stations (teachers only)")
    public List<StationView> stations() {
        access.requireTeacher();
        return planning.stations(access);
    }

    @POST
    @Path("stations")
    @Operation(summary = "Add a station to the course (teachers only)")
    public Response addStation(@Valid @NotNull StationForm form) {
        access.requireTeacher();
        return Response.status(201).entity(planning.addStation(access, form)).build();
    }

    @PUT
    @Path("stations/{stationId}")
    @Operation(summary = "Change a station (teachers only); with the version the page loaded, refused (409) if someone "
            + "changed it since")
    public StationView changeStation(@PathParam("stationId") UUID id, @Valid @NotNull StationForm form) {
        access.requireTeacher();
        return planning.changeStation(access, id, form);
    }

    @DELETE
    @Path("stations/{stationId}")
    @Operation(summary = "Retire a station: past rotations keep it, new ones cannot use it (teachers only); with "
            + "?version= as the page loaded it, refused (409) if someone changed it since")
    public Response retireStation(@PathParam("stationId") UUID id, @QueryParam("version") Long version) {
        access.requireTeacher();
        planning.retireStation(access, id, version);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "The course's rotations, newest first (teachers only)")
    public List<RotationSummary> rotations() {
        access.requireTeacher();
        return planning.rotations(access);
    }

    @POST
    @Operation(summary = "Create a rotation: date, rounds, minutes per round, stations in play (teachers only)")
    public Response create(@Valid @NotNull RotationForm form) {
        access.requireTeacher();
        return Response.status(201).entity(planning.create(access, form)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's place in the course's latest rotation: now, next, group and role")
    public Response mine() {
        access.requireStudentOrTeacher();
        return planning.mine(access).map(a -> Response.ok(a).build())
                .orElseGet(() -> Response.ok(Map.of("inRotation", false)).build());
    }

    @GET
    @Path("{rotationId}")
    @Operation(summary = "A rotation with its current groups, explanations, agenda and earlier groupings (teachers only)")
    public RotationDetail detail(@PathParam("rotationId") UUID id) {
        access.requireTeacher();
        return planning.detail(access, id);
    }

    @POST
    @Path("{rotationId}/groupings")
    @Operation(summary = "Group the class from the latest mastery on the picked standards (teachers only)")
    public Response group(@PathParam("rotationId") UUID id, @Valid @NotNull GroupingForm form) {
        access.requireTeacher();
        return Response.status(201).entity(planning.group(access, id, form)).build();
    }

    @POST
    @Path("{rotationId}/regroup")
    @Operation(summary = "Group again from the newest evidence with the same choices; earlier groupings are kept")
    public Response regroup(@PathParam("rotationId") UUID id, RegroupForm form) {
        access.requireTeacher();
        return Response.status(201).entity(planning.regroup(access, id, form == null ? null : form.absent)).build();
    }

    @POST
    @Path("{rotationId}/moves")
    @Operation(summary = "Move a student to another group of the current grouping (teachers only)")
    public RotationDetail move(@PathParam("rotationId") UUID id, @Valid @NotNull MoveForm form) {
        access.requireTeacher();
        return planning.move(access, id, form);
    }

    @PUT
    @Path("{rotationId}/agendas/{studentId}")
    @Operation(summary = "Give a student their own sequence of stations, one per round (teachers only); with the "
            + "version the page loaded, refused (409) if someone set or cleared it since")
    public RotationDetail setOwnAgenda(@PathParam("rotationId") UUID id, @PathParam("studentId") UUID studentId,
                                       @Valid @NotNull OwnAgendaForm form) {
        access.requireTeacher();
        // The first save inserts the student's agenda; two at once (a double click, two teachers' tabs) insert the
        // same (rotation, student), and the one that loses rotation_own_agenda_once runs again and rewrites the
        // winner's row: both succeed, the later one wins, as if it had been sent a moment after (unless it was sent
        // with version 0: then it is refused, since its page did not see the winner's agenda).
        return retry.run(() -> planning.setOwnAgenda(access, id, studentId, form.stationIds, form.version));
    }

    @DELETE
    @Path("{rotationId}/agendas/{studentId}")
    @Operation(summary = "The student follows their group again (teachers only); with ?version= as the page loaded "
            + "it, refused (409) if someone set or cleared it since")
    public RotationDetail clearOwnAgenda(@PathParam("rotationId") UUID id, @PathParam("studentId") UUID studentId,
                                         @QueryParam("version") Long version) {
        access.requireTeacher();
        return planning.clearOwnAgenda(access, id, studentId, version);
    }

    @GET
    @Path("{rotationId}/agendas/{studentId}")
    @Operation(summary = "A student's agenda: the student themself or a teacher")
    public StudentAgenda agenda(@PathParam("rotationId") UUID id, @PathParam("studentId") UUID studentId) {
        access.requireStudentOrTeacher().requireSelfOrTeacher(studentId);
        return planning.agendaOf(access, id, studentId);
    }

    @GET
    @Path("{rotationId}/board")
    @Operation(summary = "The classroom board: every round's group to station, and the timer (teachers only)")
    public BoardView board(@PathParam("rotationId") UUID id) {
        access.requireTeacher();
        return planning.board(access, id);
    }

    @PUT
    @Path("{rotationId}/board/round")
    @Operation(summary = "Show a round on the board and start or pause its countdown (teachers only)")
    public BoardView showRound(@PathParam("rotationId") UUID id, @Valid @NotNull RoundForm form) {
        access.requireTeacher();
        return planning.showRound(access, id, form.round, form.running);
    }
}
