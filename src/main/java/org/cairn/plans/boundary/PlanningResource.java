package org.cairn.plans.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.infra.problem.ProblemException;
import org.cairn.plans.control.PlanAuthorization;
import org.cairn.plans.control.PlanningPeriods;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.PlanTemplate;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.boundary.PlanJson.*;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Planning periods ("short races" with target standards) and the course's plan template. */
@Path("/api/v1/courses/current/planning")
@Produces(MediaType.APPLICATION_JSON)
public class PlanningResource {

    @Inject
    CourseAccess access;

    @Inject
    PeriodPlanning planning;

    @Inject
    PlanningPeriods periods;

    @Inject
    UniqueKeyRetry retry;

    @Inject
    Clock clock;

    @GET
    @Path("periods")
    @Transactional
    @Operation(summary = "The course's planning periods, earliest first (teachers and students)")
    public List<PeriodView> periods() {
        Actor actor = Actors.of(access);
        PlanAuthorization.readPlan(actor, actor.courseId(), actor.personId());
        LocalDate today = LocalDate.now(clock);
        return periods.ofCourse(actor.courseId()).stream().map(p -> PeriodView.of(p, today)).toList();
    }

    @POST
    @Path("periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new planning period; without an end date it lasts two weeks (teachers)")
    public Response createPeriod(PeriodBody body) {
        Actor actor = Actors.of(access);
        if (body == null) throw ProblemException.badRequest(Phrase.of("plans.problem.sendPeriod"));
        PlanningPeriod period = planning.createPeriod(actor, actor.courseId(), body.name, body.startsOn,
                Optional.ofNullable(body.endsOn), body.targetStandards == null ? List.of() : body.targetStandards);
        return Response.status(201).entity(PeriodView.of(period, LocalDate.now(clock))).build();
    }

    @PUT
    @Path("periods/{id}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The standards a period targets, most important first (teachers)")
    public PeriodView retarget(@PathParam("id") UUID id, TargetsBody body) {
        Actor actor = Actors.of(access);
        if (body == null || body.targetStandards == null) {
            throw ProblemException.badRequest(Phrase.of("plans.problem.sendTargets"));
        }
        return PeriodView.of(planning.retarget(actor, id, body.targetStandards), LocalDate.now(clock));
    }

    @GET
    @Path("template")
    @Transactional
    @Operation(summary = "The course's plan template, or the defaults (teachers)")
    public TemplateView template() {
        Actor actor = Actors.of(access);
        PlanAuthorization.planCourse(actor, actor.courseId());
        return periods.templateOf(actor.courseId()).map(TemplateView::of).orElseGet(TemplateView::defaults);
    }

    @PUT
    @Path("template")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit the plan template: prompts, goal suggestions, conference cadence and length (teachers); "
            + "with the version the page loaded, refused (409) if someone saved it since")
    public TemplateView shapeTemplate(TemplateBody body) {
        Actor actor = Actors.of(access);
        if (body == null) throw ProblemException.badRequest(Phrase.of("plans.problem.sendTemplate"));
        List<String> prompts = body.prompts == null ? List.of() : body.prompts;
        List<String> suggestions = body.goalSuggestions == null ? List.of() : body.goalSuggestions;
        ConferenceCadence cadence = body.cadence == null ? PlanTemplate.DEFAULT_CADENCE : body.cadence;
        int minutes = body.conferenceMinutes == null ? PlanTemplate.DEFAULT_CONFERENCE_MINUTES : body.conferenceMinutes;
        // The template is created by its first save; a simultaneous first save may insert it first (one per course).
        PlanTemplate t = retry.run(() -> planning.shapeTemplate(actor, actor.courseId(), prompts, suggestions,
                cadence, minutes, body.version));
        return TemplateView.of(t);
    }
}
