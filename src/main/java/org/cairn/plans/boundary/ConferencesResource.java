package org.cairn.plans.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.infra.problem.ProblemException;
import org.cairn.plans.control.ConferenceScheduler;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceSlot;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.boundary.PlanJson.*;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The teacher's conferences: class-time slots, the proposed schedule, overdue students and one conference. */
@Path("/api/v1/courses/current/conferences")
@Produces(MediaType.APPLICATION_JSON)
public class ConferencesResource {

    @Inject
    CourseAccess access;

    @Inject
    Conferencing conferencing;

    @Inject
    PlanViews views;

    @Inject
    PeriodPlanning planning;

    @Inject
    UniqueKeyRetry retry;

    @Inject
    Clock clock;

    @POST
    @Path("slots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A stretch of class time for conferences, e.g. the teacher-led station of a rotation (teachers)")
    public Response addSlot(SlotBody body) {
        Actor actor = Actors.of(access);
        if (body == null || body.date == null || body.startsAt == null || body.minutes == null) {
            throw ProblemException.badRequest(Phrase.of("plans.problem.slotIncomplete"));
        }
        ConferenceSlot s = conferencing.addSlot(actor, actor.courseId(), body.date, body.startsAt, body.minutes, body.label);
        return Response.status(201).entity(new SlotView(s.id(), s.date(), s.startsAt(), s.minutes(), s.label())).build();
    }

    @GET
    @Path("schedule")
    @Operation(summary = "The proposed schedule for the cadence window: who, when, why; nothing is stored (teachers)")
    public ScheduleView schedule() {
        Actor actor = Actors.of(access);
        // Starts the missing plans, which a student's first visit may be creating at the same moment.
        return retry.run(() -> views.schedule(actor, actor.courseId()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book conferences (the accepted proposals, or one the teacher picks) (teachers)")
    public Response book(BookingBody body) {
        Actor actor = Actors.of(access);
        if (body == null || body.conferences == null || body.conferences.isEmpty()) {
            throw ProblemException.badRequest(Phrase.of("plans.problem.sendBookings"));
        }
        List<ConferenceScheduler.Proposal> accepted = new ArrayList<>();
        for (Booking b : body.conferences) {
            if (b == null || b.studentId == null || b.date == null || b.startsAt == null || b.minutes == null) {
                throw ProblemException.badRequest(Phrase.of("plans.problem.bookingIncomplete"));
            }
            accepted.add(new ConferenceScheduler.Proposal(b.studentId, b.date, b.startsAt, b.minutes, Set.of()));
        }
        List<Conference> booked = conferencing.book(actor, actor.courseId(), accepted);
        return Response.status(201).entity(booked.stream().map(c -> ConferenceView.of(c, null, true, List.of())).toList())
                .build();
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Students whose last conference is older than the cadence, most overdue first (teachers)")
    public List<OverdueView> overdue() {
        Actor actor = Actors.of(access);
        return views.overdue(actor, actor.courseId());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One conference on one screen: what changed since the last, goals due, latest reflection (teachers)")
    public ConferenceScreen conference(@PathParam("id") UUID id) {
        return views.conference(Actors.of(access), access.registrationId(), id, access.locale());
    }

    @POST
    @Path("{id}/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The conference took place, with the teacher's notes (teachers)")
    public ConferenceScreen hold(@PathParam("id") UUID id, HoldBody body) {
        Actor actor = Actors.of(access);
        conferencing.hold(actor, id, body == null ? null : body.notes, body != null && body.shareable);
        return views.conference(actor, access.registrationId(), id, access.locale());
    }

    @POST
    @Path("{id}/missed")
    @Operation(summary = "The student missed the conference (teachers)")
    public ConferenceScreen miss(@PathParam("id") UUID id) {
        Actor actor = Actors.of(access);
        conferencing.miss(actor, id);
        return views.conference(actor, access.registrationId(), id, access.locale());
    }

    @POST
    @Path("{id}/cancelled")
    @Operation(summary = "The conference is called off (teachers)")
    public ConferenceScreen cancel(@PathParam("id") UUID id) {
        Actor actor = Actors.of(access);
        conferencing.cancel(actor, id);
        return views.conference(actor, access.registrationId(), id, access.locale());
    }

    @POST
    @Path("{id}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A goal agreed in the conference; it lands in the student's plan (teachers)")
    public Response agreeGoal(@PathParam("id") UUID id, GoalBody body) {
        Actor actor = Actors.of(access);
        var draft = PlansResource.draft(body);
        UUID periodId = body.periodId != null ? body.periodId
                : planning.runningOrDefault(actor, actor.courseId(), access.locale()).id();
        Goal goal = conferencing.agreeGoal(actor, id, periodId, draft);
        return Response.status(201).entity(GoalView.of(goal, LocalDate.now(clock), access.locale())).build();
    }
}
