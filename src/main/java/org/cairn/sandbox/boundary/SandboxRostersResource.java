package org.cairn.sandbox.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.web.JsonMapping;
import org.cairn.sandbox.control.Rosters;
import org.cairn.sandbox.entity.Course;
import org.cairn.sandbox.entity.MemberChange;
import org.cairn.sandbox.entity.Role;
import org.cairn.sandbox.entity.SandboxUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The sandbox admin API for a course's roster, for demos and tests: who is in it (and the NRPS reads the sandbox
 * answered for it), and people joining, changing or leaving, each recorded as a change its NRPS
 * {@code rel="differences"} URLs then list. Like the rest of the sandbox, only while cairn.sandbox.enabled is on.
 */
@Path("/sandbox/api/courses/{courseId}/roster")
public class SandboxRostersResource {

    @Inject
    Rosters rosters;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A sandbox course's members, its membership version, and the last NRPS reads of it")
    public Map<String, Object> roster(@PathParam("courseId") String courseId) {
        Course course = course(courseId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("courseId", course.id());
        answer.put("version", rosters.version(course.id()));
        answer.put("members", course.members().stream().map(SandboxRostersResource::describe).toList());
        answer.put("reads", rosters.reads(course.id()).stream().map(read -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("at", read.at().toString());
            json.put("differences", read.differences());
            json.put("since", read.since());
            json.put("page", read.page());
            return json;
        }).toList());
        return answer;
    }

    @PUT
    @Path("{userId}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person joins the course or changes (givenName, familyName, email, role: teacher, "
            + "teaching_assistant or student, status: Active or Inactive); unset fields keep their value")
    public Map<String, Object> put(@PathParam("courseId") String courseId, @PathParam("userId") String userId,
                                   String body) {
        Course course = course(courseId);
        if (userId.isBlank() || userId.length() > 64) throw ProblemException.badRequest("a user id has 1 to 64 characters");
        JsonNode json = json(body);
        Optional<SandboxUser> current = course.member(userId);
        String given = text(json, "givenName").or(() -> current.map(SandboxUser::givenName))
                .orElseThrow(() -> ProblemException.badRequest("a new member needs a givenName"));
        String family = text(json, "familyName").or(() -> current.map(SandboxUser::familyName))
                .orElseThrow(() -> ProblemException.badRequest("a new member needs a familyName"));
        String email = text(json, "email").or(() -> current.map(SandboxUser::email)).orElse(null);
        Role role;
        try {
            role = text(json, "role").map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT)))
                    .or(() -> current.map(SandboxUser::role)).orElse(Role.STUDENT);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("role must be one of teacher, teaching_assistant, student, admin");
        }
        String status = text(json, "status").orElse(MemberChange.ACTIVE);
        if (!MemberChange.ACTIVE.equals(status) && !MemberChange.INACTIVE.equals(status)) {
            throw ProblemException.badRequest("status must be Active or Inactive (DELETE removes a member), not '"
                    + status + "'");
        }
        SandboxUser member = new SandboxUser(userId, given, family, email, role,
                current.map(SandboxUser::locale).orElse("en"), MemberChange.ACTIVE.equals(status));
        long version = rosters.change(course.id(), member, status);
        Map<String, Object> answer = describe(member);
        answer.put("version", version);
        return answer;
    }

    @DELETE
    @Path("{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person leaves the course: gone from its membership, listed as Deleted in its differences")
    public Map<String, Object> delete(@PathParam("courseId") String courseId, @PathParam("userId") String userId) {
        Course course = course(courseId);
        SandboxUser member = course.member(userId).orElseThrow(() ->
                ProblemException.notFound("course " + courseId + " has no member " + userId));
        long version = rosters.change(course.id(), member, MemberChange.DELETED);
        return Map.of("userId", userId, "status", MemberChange.DELETED, "version", version);
    }

    private Course course(String courseId) {
        return rosters.course(courseId).orElseThrow(() -> ProblemException.notFound("the sandbox has no course " + courseId));
    }

    private static Map<String, Object> describe(SandboxUser member) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", member.id());
        json.put("name", member.name());
        json.put("role", member.role().name().toLowerCase(Locale.ROOT));
        json.put("status", member.active() ? MemberChange.ACTIVE : MemberChange.INACTIVE);
        return json;
    }

    private static JsonNode json(String body) {
        try {
            JsonNode json = JsonMapping.mapper().readTree(body == null || body.isBlank() ? "{}" : body);
            if (json == null || !json.isObject()) throw ProblemException.badRequest("the body must be a JSON object");
            return json;
        } catch (IOException e) {
            throw ProblemException.badRequest("the body is not JSON");
        }
    }

    private static Optional<String> text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText().strip());
    }
}
