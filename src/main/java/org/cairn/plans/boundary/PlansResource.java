package org.cairn.plans.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.infra.problem.ProblemException;
import org.cairn.plans.entity.AboutMeField;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalDraft;
import org.cairn.plans.entity.GoalFocus;
import org.cairn.plans.entity.GoalTarget;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.Reflection;
import org.cairn.plans.entity.Visibility;
import org.cairn.plans.boundary.PlanJson.*;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Learning plans of the caller's course: the student's own plan, a plan by id (the student's own, or any for the
 * course's teachers), goals and their progress, reflections, "about me", self-assessment and out-of-school
 * evidence, the teacher overview and the family summary. Every call is checked by PlanAuthorization.
 */
@Path("/api/v1/courses/current/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject
    CourseAccess access;

    @Inject
    PlanViews views;

    @Inject
    PlanKeeping keeping;

    @Inject
    PeriodPlanning planning;

    @Inject
    StudentEvidence evidence;

    @Inject
    UniqueKeyRetry retry;

    @Inject
    Clock clock;

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own learning plan, created on the first visit (students)")
    public PlanView mine() {
        Actor actor = Actors.of(access);
        // A student's plan is created on the first visit; two at once (two tabs, or the teacher's overview) insert
        // the same (course, student): the one that loses runs again and reads the winner's plan.
        return retry.run(() -> views.mine(actor, access.registrationId(), access.locale()));
    }

    @GET
    @Path("overview")
    @Operation(summary = "Every student's plan with goal status, last conference, last reflection and who needs attention (teachers)")
    public Overview overview() {
        Actor actor = Actors.of(access);
        // Starts the missing plans: see mine().
        return retry.run(() -> views.overview(actor, actor.courseId()));
    }

    @GET
    @Path("{planId}")
    @Operation(summary = "One learning plan: the student's own, or any plan of the course for its teachers")
    public PlanView plan(@PathParam("planId") UUID planId) {
        return views.plan(Actors.of(access), access.registrationId(), planId, access.locale());
    }

    @POST
    @Path("{planId}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a goal (the student on their own plan, or a teacher)")
    public Response setGoal(@PathParam("planId") UUID planId, GoalBody body) {
        Actor actor = Actors.of(access);
        GoalDraft draft = draft(body);
        UUID periodId = body.periodId != null ? body.periodId
                : planning.runningOrDefault(actor, actor.courseId(), access.locale()).id();
        Goal goal = keeping.setGoal(actor, planId, periodId, draft);
        return Response.status(201).entity(GoalView.of(goal, LocalDate.now(clock), access.locale())).build();
    }

    @PUT
    @Path("{planId}/goals/{goalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a goal; the previous version is kept with who changed it and when; with the goal's "
            + "version as the page loaded it, refused (409) if someone changed the goal since")
    public GoalView reviseGoal(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId, GoalBody body) {
        Actor actor = Actors.of(access);
        keeping.requireGoalOf(planId, goalId);
        return GoalView.of(keeping.reviseGoal(actor, goalId, draft(body), body.version), LocalDate.now(clock),
                access.locale());
    }

    @PUT
    @Path("{planId}/goals/{goalId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a goal met, not met, dropped or active again")
    public GoalView goalStatus(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId, StatusBody body) {
        Actor actor = Actors.of(access);
        if (body == null || body.status == null) {
            throw ProblemException.badRequest(Phrase.of("plans.problem.sendGoalStatus"));
        }
        keeping.requireGoalOf(planId, goalId);
        return GoalView.of(keeping.changeGoalStatus(actor, goalId, body.status), LocalDate.now(clock),
                access.locale());
    }

    @POST
    @Path("{planId}/goals/{goalId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A dated progress update on a goal: a note, a value or both")
    public GoalView progress(@PathParam("planId") UUID planId, @PathParam("goalId") UUID goalId, ProgressBody body) {
        Actor actor = Actors.of(access);
        if (body == null) throw ProblemException.badRequest(Phrase.of("plans.problem.sendProgress"));
        keeping.requireGoalOf(planId, goalId);
        LocalDate on = body.on != null ? body.on : LocalDate.now(clock);
        return GoalView.of(keeping.recordProgress(actor, goalId, on, body.note, body.value), LocalDate.now(clock),
                access.locale());
    }

    @POST
    @Path("{planId}/reflections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The student's reflection on the plan's prompts, with optional habit ratings (students)")
    public Response reflect(@PathParam("planId") UUID planId, ReflectionBody body) {
        Actor actor = Actors.of(access);
        if (body == null) throw ProblemException.badRequest(Phrase.of("plans.problem.sendReflection"));
        UUID periodId = body.periodId != null ? body.periodId
                : planning.runningOrDefault(actor, actor.courseId(), access.locale()).id();
        Reflection r = keeping.reflect(actor, planId, periodId, body.answers == null ? Map.of() : body.answers,
                body.ratings == null ? Map.of() : body.ratings);
        return Response.status(201).entity(ReflectionView.of(r)).build();
    }

    @PUT
    @Path("{planId}/prompts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The reflection prompts of one plan; an empty list restores the defaults (teachers); with the "
            + "plan's version as the page loaded it, refused (409) if someone saved them since")
    public PromptsView prompts(@PathParam("planId") UUID planId, PromptsBody body) {
        Actor actor = Actors.of(access);
        return PromptsView.of(keeping.editPrompts(actor, planId,
                body == null || body.prompts == null ? List.of() : body.prompts, body == null ? null : body.version));
    }

    @GET
    @Path("{planId}/about-me")
    @Operation(summary = "The \"about me\" fields the caller may see")
    public List<AboutMeFieldView> aboutMe(@PathParam("planId") UUID planId) {
        return views.aboutMeView(Actors.of(access), planId);
    }

    @PUT
    @Path("{planId}/about-me/{field}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write one \"about me\" field and whom it is shared with (the student only); with the "
            + "version the page loaded, refused (409) if \"about me\" was saved since")
    public List<AboutMeFieldView> writeAboutMe(@PathParam("planId") UUID planId, @PathParam("field") String field,
                                               AboutMeBody body) {
        Actor actor = Actors.of(access);
        AboutMeField which = aboutMeField(field);
        if (body == null) throw ProblemException.badRequest(Phrase.of("plans.problem.sendAboutMeField"));
        keeping.writeAboutMe(actor, planId, which, body.text, body.visibility == null ? Visibility.ONLY_ME : body.visibility,
                body.version);
        return views.aboutMeView(actor, planId);
    }

    @POST
    @Path("{planId}/self-assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The student rates themself on a course standard (recorded as self-assessment evidence)")
    public Response selfAssess(@PathParam("planId") UUID planId, EvidenceBody body) {
        Actor actor = Actors.of(access);
        return Response.status(201).entity(evidence.selfAssess(actor, access.registrationId(), planId, body)).build();
    }

    @POST
    @Path("{planId}/out-of-school-evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The student submits learning from outside school; it counts once a teacher validates it")
    public Response outOfSchool(@PathParam("planId") UUID planId, EvidenceBody body) {
        Actor actor = Actors.of(access);
        return Response.status(201).entity(evidence.outOfSchool(actor, access.registrationId(), planId, body)).build();
    }

    @GET
    @Path("{planId}/family-summary")
    @Operation(summary = "A one-page, plain-language summary for the family, in English (en) or Spanish (es)")
    public FamilySummaryView familySummary(@PathParam("planId") UUID planId, @QueryParam("lang") String lang) {
        return views.familySummary(Actors.of(access), access.registrationId(), planId, lang);
    }

    static AboutMeField aboutMeField(String field) {
        String name = field == null ? "" : field.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (AboutMeField f : AboutMeField.values()) {
            if (f.name().equals(name)) return f;
        }
        throw PlanProblem.notFound(Phrase.of("plans.problem.noAboutMeField", String.valueOf(field)));
    }

    /** The goal as the student or teacher wrote it; every missing part is a 400 that names it. */
    static GoalDraft draft(GoalBody body) {
        if (body == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.sendGoal"));
        }
        GoalFocus focus = body.standardId == null && body.habit == null ? null : new GoalFocus(body.standardId, body.habit);
        GoalTarget target = null;
        if (body.target != null) {
            String kind = body.target.kind == null ? "" : body.target.kind.trim().toUpperCase(java.util.Locale.ROOT);
            TargetBody t = body.target;
            switch (kind) {
                case "REACH_LEVEL" -> {
                    if (t.standardId == null || t.levelPoints == null) {
                        throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.reachLevelIncomplete"));
                    }
                    target = new GoalTarget.ReachLevel(t.standardId, t.levelPoints);
                }
                case "COUNT_PER" -> {
                    if (t.quantity == null || t.times == null || t.per == null) {
                        throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.countPerIncomplete"));
                    }
                    target = new GoalTarget.CountPer(t.quantity, t.unit, t.times, t.per);
                }
                default -> throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                        Phrase.of("plans.problem.unknownTargetKind", String.valueOf(body.target.kind)));
            }
        }
        return new GoalDraft(body.text, focus, target, body.targetDate);
    }
}
