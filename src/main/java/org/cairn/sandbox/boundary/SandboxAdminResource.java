package org.cairn.sandbox.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.web.JsonMapping;
import org.cairn.sandbox.control.Faults;
import org.cairn.sandbox.control.PlatformKeys;
import org.cairn.sandbox.control.Tools;
import org.cairn.sandbox.entity.Fault;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The sandbox's admin JSON API for demos and tests: fault knobs, key rotation and one-time registration
 * tokens. Like the rest of the sandbox it exists only when cairn.sandbox.enabled is on (never in production).
 */
@Path("/sandbox/api")
public class SandboxAdminResource {

    @Inject
    Faults faults;

    @Inject
    PlatformKeys keys;

    @Inject
    Tools tools;

    @Inject
    SandboxUrls urls;

    @Inject
    org.cairn.sandbox.control.Rosters rosters;

    @POST
    @Path("faults")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Arm a fault knob: the next count calls of target answer kind (429, 500, 503, slow or malformed)")
    public Response arm(String body) {
        JsonNode json;
        try {
            json = JsonMapping.mapper().readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw ProblemException.badRequest("the body is not JSON");
        }
        if (json == null || !json.isObject()) throw ProblemException.badRequest("the body must be a JSON object");
        Fault fault;
        try {
            String target = json.path("target").asText("");
            Fault.Target parsed;
            try {
                parsed = Fault.Target.valueOf(target.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("target must be one of " + Fault.TARGETS + ", not '" + target + "'");
            }
            fault = new Fault(parsed, json.path("kind").asText(""), json.path("count").asInt(1),
                    json.path("retryAfterSeconds").asInt(json.path("kind").asText("").equals("429") ? 1 : 0),
                    json.path("delayMillis").asLong(json.path("kind").asText("").equals("slow") ? 2000 : 0));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        faults.arm(fault);
        return Response.status(201).entity(describe(fault)).build();
    }

    @GET
    @Path("faults")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The armed fault knobs")
    public List<Map<String, Object>> armed() {
        return faults.armed().values().stream().map(SandboxAdminResource::describe).toList();
    }

    @DELETE
    @Path("faults")
    @Operation(summary = "Disarm every fault knob")
    public Response clear() {
        faults.clear();
        return Response.noContent().build();
    }

    @POST
    @Path("keys/rotate")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate the platform signing key (the old key stays published for an hour)")
    public Map<String, Object> rotate() {
        String kid = keys.rotate();
        return Map.of("kid", kid, "published", keys.publicJwks().getKeys().stream().map(k -> k.getKeyID()).toList());
    }

    @POST
    @Path("registration-tokens")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A one-time registration token and the URLs a tool's registration page needs")
    public Response registrationToken() {
        String token = tools.issueRegistrationToken("api");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("registration_token", token);
        answer.put("openid_configuration", urls.openidConfiguration().toString());
        answer.put("registration_endpoint", urls.url("/registrations").toString());
        return Response.status(201).header("Cache-Control", "no-store").entity(answer).build();
    }

    @GET
    @Path("timings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Calls to the sandbox's NRPS, AGS and token endpoints and the time its handlers took")
    public Map<String, Object> timings() {
        return SandboxTimings.snapshot();
    }

    @DELETE
    @Path("timings")
    @Operation(summary = "Start counting handler time again from zero")
    public Response resetTimings() {
        SandboxTimings.reset();
        return Response.noContent().build();
    }

    @GET
    @Path("large-course")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The large course for load tests (5,000 members): its id, size and its teacher's launch page")
    public Map<String, Object> largeCourse() {
        org.cairn.sandbox.entity.Course course = org.cairn.sandbox.entity.DemoCourses.large();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("courseId", course.id());
        answer.put("members", course.members().size());
        answer.put("teacherLaunch", urls.url("/courses/" + course.id() + "/cairn?as="
                + org.cairn.sandbox.entity.DemoCourses.LARGE_TEACHER_ID).toString());
        return answer;
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new practice course with the demo course's people (optional title): its id, its "
            + "teacher's launch page and its roster admin URL")
    public Response createCourse(String body) {
        String title = null;
        if (body != null && !body.isBlank()) {
            try {
                JsonNode json = JsonMapping.mapper().readTree(body);
                if (json != null && json.hasNonNull("title")) title = json.get("title").asText();
            } catch (IOException e) {
                throw ProblemException.badRequest("the body is not JSON");
            }
        }
        org.cairn.sandbox.entity.Course course = rosters.createPracticeCourse(title);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("courseId", course.id());
        answer.put("title", course.title());
        answer.put("members", course.members().size());
        answer.put("teacherLaunch", urls.url("/courses/" + course.id() + "/cairn?as="
                + org.cairn.sandbox.entity.DemoCourses.TEACHER_ID).toString());
        answer.put("roster", urls.url("/api/courses/" + course.id() + "/roster").toString());
        return Response.status(201).entity(answer).build();
    }

    private static Map<String, Object> describe(Fault fault) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", fault.target().name().toLowerCase(Locale.ROOT));
        json.put("kind", fault.kind());
        json.put("count", fault.count());
        json.put("retryAfterSeconds", fault.retryAfterSeconds());
        json.put("delayMillis", fault.delayMillis());
        return json;
    }
}
