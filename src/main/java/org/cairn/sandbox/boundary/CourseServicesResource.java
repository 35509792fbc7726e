package org.cairn.sandbox.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.cairn.infra.web.JsonMapping;
import org.cairn.sandbox.control.AccessTokens;
import org.cairn.sandbox.control.Gradebook;
import org.cairn.sandbox.control.Paging;
import org.cairn.sandbox.control.Rosters;
import org.cairn.sandbox.entity.Course;
import org.cairn.sandbox.entity.Fault;
import org.cairn.sandbox.entity.LineItem;
import org.cairn.sandbox.entity.Lti;
import org.cairn.sandbox.entity.MemberChange;
import org.cairn.sandbox.entity.SandboxUser;
import org.cairn.sandbox.entity.Score;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sandbox's LTI Advantage services for one course: NRPS 2.0 memberships and AGS 2.0 line items and scores. */
@Path("/sandbox/api/courses/{courseId}")
public class CourseServicesResource {

    private static final Logger LOG = Logger.getLogger(CourseServicesResource.class.getName());
    private static final Set<String> ACTIVITY = Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
    private static final Set<String> GRADING = Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

    @Inject
    AccessTokens accessTokens;

    @Inject
    Gradebook gradebook;

    @Inject
    Rosters rosters;

    @Inject
    FaultInjection faults;

    @Inject
    SandboxUrls urls;

    @Inject
    Clock clock;

    /** A refused call: the answer to give. */
    static final class Refused extends RuntimeException {
        final transient Response response;

        Refused(Response response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    /** A member as one membership answer lists them. */
    private record Listed(SandboxUser member, String status) {
    }

    @GET
    @Path("memberships")
    @Produces({Lti.MEMBERSHIP_CONTAINER, MediaType.APPLICATION_JSON})
    @Operation(summary = "NRPS 2.0 membership container, paged with limit and Link rel=next; with since, the members "
            + "changed after that version (the rel=differences URL every answer offers)")
    public Response memberships(@PathParam("courseId") String courseId, @HeaderParam("Authorization") String authorization,
                                @QueryParam("limit") Integer limit, @QueryParam("page") Integer page,
                                @QueryParam("role") String role, @QueryParam("since") Long since) {
        rosters.read(courseId, since, page == null ? 1 : page);
        try {
            Optional<Response> fault = faults.apply(Fault.Target.NRPS)
                    .or(() -> since == null ? Optional.empty() : faults.apply(Fault.Target.DIFFERENCES));
            return fault.orElseGet(() -> {
                authorize(authorization, Lti.SCOPE_NRPS);
                Course course = course(courseId);
                Paging paging = paging(limit, page);
                // The version before the read: a change made while it runs is listed again next time, never lost.
                long version = rosters.version(course.id());
                List<Listed> all = new ArrayList<>();
                if (since == null) {
                    for (SandboxUser member : course.members()) {
                        if (role == null || member.role().uris().contains(role)) {
                            all.add(new Listed(member, member.active() ? MemberChange.ACTIVE : MemberChange.INACTIVE));
                        }
                    }
                } else {
                    if (since < 0 || since > version) {
                        throw invalid("since " + since + " is not a version of course " + courseId + "'s membership "
                                + "(0.." + version + ")");
                    }
                    // NRPS 2.0 §2.4.2: the members added, changed or removed since that URL was issued.
                    for (MemberChange change : rosters.changesSince(course.id(), since)) {
                        if (role == null || change.member().role().uris().contains(role)) {
                            all.add(new Listed(change.member(), change.status()));
                        }
                    }
                }
                URI self = urls.url("/api/courses/" + courseId + "/memberships");
                Map<String, Object> container = new LinkedHashMap<>();
                container.put("id", self.toString());
                container.put("context", Map.of("id", course.id(), "label", course.label(), "title", course.title()));
                container.put("members", paging.slice(all).stream().map(c -> member(c.member(), c.status())).toList());
                List<String> keep = new ArrayList<>();
                if (role != null) keep.add("role=" + encode(role));
                List<String> pageKeep = new ArrayList<>(keep);
                if (since != null) pageKeep.add("since=" + since);
                keep.add("since=" + version);
                String differences = "<" + self + "?" + String.join("&", keep) + ">; rel=\"differences\"";
                String links = paging.link(self, pageKeep, all.size()).map(l -> l + ", " + differences).orElse(differences);
                return Response.ok(container).type(Lti.MEMBERSHIP_CONTAINER).header("Link", links).build();
            });
        } catch (Refused refused) {
            return refused.response;
        }
    }

    @GET
    @Path("lineitems")
    @Produces({Lti.LINEITEM_CONTAINER, MediaType.APPLICATION_JSON})
    @Operation(summary = "AGS 2.0 line item container, filtered by tag, resource_id, resource_link_id")
    public Response lineItems(@PathParam("courseId") String courseId, @HeaderParam("Authorization") String authorization,
                              @QueryParam("tag") String tag, @QueryParam("resource_id") String resourceId,
                              @QueryParam("resource_link_id") String resourceLinkId,
                              @QueryParam("limit") Integer limit, @QueryParam("page") Integer page) {
        return guarded(() -> {
            authorize(authorization, Lti.SCOPE_LINEITEM, Lti.SCOPE_LINEITEM_READONLY);
            course(courseId);
            Paging paging = paging(limit, page);
            List<LineItem> items = gradebook.lineItems(courseId, tag, resourceId, resourceLinkId);
            List<Map<String, Object>> body = paging.slice(items).stream().map(this::lineItem).toList();
            List<String> keep = new ArrayList<>();
            if (tag != null) keep.add("tag=" + encode(tag));
            if (resourceId != null) keep.add("resource_id=" + encode(resourceId));
            if (resourceLinkId != null) keep.add("resource_link_id=" + encode(resourceLinkId));
            Response.ResponseBuilder answer = Response.ok(body).type(Lti.LINEITEM_CONTAINER);
            if (paging.hasNext(items.size())) {
                paging.link(urls.url("/api/courses/" + courseId + "/lineitems"), keep, items.size())
                        .ifPresent(link -> answer.header("Link", link));
            }
            return answer.build();
        });
    }

    @POST
    @Path("lineitems")
    @Consumes(MediaType.WILDCARD)
    @Produces({Lti.LINEITEM, MediaType.APPLICATION_JSON})
    @Operation(summary = "AGS 2.0: create a line item")
    public Response createLineItem(@PathParam("courseId") String courseId,
                                   @HeaderParam("Authorization") String authorization, String body) {
        return guarded(() -> {
            AccessTokens.Grant grant = authorize(authorization, Lti.SCOPE_LINEITEM);
            course(courseId);
            JsonNode json = json(body);
            LineItem item = gradebook.create(courseId, grant.clientId(), label(json), scoreMaximum(json),
                    optional(json, "tag"), optional(json, "resourceId"), optional(json, "resourceLinkId"),
                    optional(json, "startDateTime"), optional(json, "endDateTime"));
            LOG.info(() -> "Sandbox line item " + item.id() + " created by client id " + grant.clientId());
            return Response.status(201).type(Lti.LINEITEM).entity(lineItem(item)).build();
        });
    }

    @GET
    @Path("lineitems/{id}")
    @Produces({Lti.LINEITEM, MediaType.APPLICATION_JSON})
    @Operation(summary = "AGS 2.0: one line item")
    public Response lineItem(@PathParam("courseId") String courseId, @PathParam("id") String id,
                             @HeaderParam("Authorization") String authorization) {
        return guarded(() -> {
            authorize(authorization, Lti.SCOPE_LINEITEM, Lti.SCOPE_LINEITEM_READONLY);
            return Response.ok(lineItem(find(courseId, id))).type(Lti.LINEITEM).build();
        });
    }

    @PUT
    @Path("lineitems/{id}")
    @Consumes(MediaType.WILDCARD)
    @Produces({Lti.LINEITEM, MediaType.APPLICATION_JSON})
    @Operation(summary = "AGS 2.0: update a line item")
    public Response updateLineItem(@PathParam("courseId") String courseId, @PathParam("id") String id,
                                   @HeaderParam("Authorization") String authorization, String body) {
        return guarded(() -> {
            authorize(authorization, Lti.SCOPE_LINEITEM);
            LineItem old = find(courseId, id);
            JsonNode json = json(body);
            LineItem updated = new LineItem(old.id(), courseId, label(json), scoreMaximum(json), optional(json, "tag"),
                    optional(json, "resourceId"), optional(json, "resourceLinkId"), optional(json, "startDateTime"),
                    optional(json, "endDateTime"), old.clientId(), old.createdAt());
            gradebook.update(updated);
            return Response.ok(lineItem(updated)).type(Lti.LINEITEM).build();
        });
    }

    @DELETE
    @Path("lineitems/{id}")
    @Operation(summary = "AGS 2.0: delete a line item and its results")
    public Response deleteLineItem(@PathParam("courseId") String courseId, @PathParam("id") String id,
                                   @HeaderParam("Authorization") String authorization) {
        return guarded(() -> {
            authorize(authorization, Lti.SCOPE_LINEITEM);
            find(courseId, id);
            gradebook.delete(courseId, id);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("lineitems/{id}/scores")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "AGS 2.0: publish a score (ignored when older than the stored one)")
    public Response score(@PathParam("courseId") String courseId, @PathParam("id") String id,
                          @HeaderParam("Authorization") String authorization, String body) {
        return guarded(() -> {
            AccessTokens.Grant grant = authorize(authorization, Lti.SCOPE_SCORE);
            Course course = course(courseId);
            LineItem item = find(courseId, id);
            JsonNode json = json(body);
            String userId = optional(json, "userId");
            if (userId == null || course.member(userId).isEmpty()) {
                throw invalid("userId " + userId + " is not a member of course " + courseId);
            }
            Instant timestamp = timestamp(optional(json, "timestamp"));
            String activity = optional(json, "activityProgress");
            String grading = optional(json, "gradingProgress");
            if (!ACTIVITY.contains(activity)) throw invalid("activityProgress must be one of " + ACTIVITY + ", not " + activity);
            if (!GRADING.contains(grading)) throw invalid("gradingProgress must be one of " + GRADING + ", not " + grading);
            Double given = number(json, "scoreGiven");
            Double maximum = number(json, "scoreMaximum");
            if (given != null && (maximum == null || maximum <= 0 || given < 0)) {
                throw invalid("scoreGiven needs a positive scoreMaximum and must not be negative");
            }
            Score score = new Score(item.id(), userId, given, maximum, optional(json, "comment"), timestamp, activity,
                    grading, clock.instant());
            boolean stored = gradebook.record(score);
            LOG.info(() -> "Sandbox score on line item " + item.id() + " from client id " + grant.clientId()
                    + (stored ? " stored" : " ignored (not newer than the stored one)"));
            if (!stored) return Response.noContent().build();
            return Response.ok(Map.of("resultUrl", lineItemUrl(item) + "/results/" + encode(userId))).build();
        });
    }

    @GET
    @Path("lineitems/{id}/results")
    @Produces({Lti.RESULT_CONTAINER, MediaType.APPLICATION_JSON})
    @Operation(summary = "AGS 2.0: results of a line item")
    public Response results(@PathParam("courseId") String courseId, @PathParam("id") String id,
                            @HeaderParam("Authorization") String authorization, @QueryParam("user_id") String userId,
                            @QueryParam("limit") Integer limit, @QueryParam("page") Integer page) {
        return guarded(() -> {
            authorize(authorization, Lti.SCOPE_RESULT_READONLY);
            LineItem item = find(courseId, id);
            Paging paging = paging(limit, page);
            List<Score> scores = gradebook.scores(item.id(), userId);
            List<Map<String, Object>> body = new ArrayList<>();
            for (Score score : paging.slice(scores)) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("id", lineItemUrl(item) + "/results/" + encode(score.userId()));
                result.put("scoreOf", lineItemUrl(item));
                result.put("userId", score.userId());
                if (score.scoreGiven() != null) {
                    result.put("resultScore", score.scoreGiven());
                    result.put("resultMaximum", score.scoreMaximum());
                }
                if (score.comment() != null) result.put("comment", score.comment());
                body.add(result);
            }
            Response.ResponseBuilder answer = Response.ok(body).type(Lti.RESULT_CONTAINER);
            if (paging.hasNext(scores.size())) {
                paging.link(URI.create(lineItemUrl(item) + "/results"),
                        userId == null ? List.of() : List.of("user_id=" + encode(userId)), scores.size())
                        .ifPresent(link -> answer.header("Link", link));
            }
            return answer.build();
        });
    }

    private Response guarded(java.util.function.Supplier<Response> call) {
        Optional<Response> fault = faults.apply(Fault.Target.AGS);
        if (fault.isPresent()) return fault.get();
        try {
            return call.get();
        } catch (Refused refused) {
            return refused.response;
        }
    }

    /** The grant behind the bearer token, which must hold one of the scopes. */
    private AccessTokens.Grant authorize(String authorization, String... scopes) {
        AccessTokens.Grant grant = accessTokens.grant(PlatformResource.bearer(authorization)).orElseThrow(() ->
                new Refused(Response.status(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                        .type(MediaType.APPLICATION_JSON).entity(Map.of("error", "invalid_token",
                                "error_description", "a valid bearer access token from the sandbox token endpoint is needed"))
                        .build()));
        for (String scope : scopes) {
            if (grant.scopes().contains(scope)) return grant;
        }
        throw new Refused(Response.status(403).header("WWW-Authenticate", "Bearer error=\"insufficient_scope\"")
                .type(MediaType.APPLICATION_JSON).entity(Map.of("error", "insufficient_scope",
                        "error_description", "this call needs one of the scopes " + List.of(scopes)))
                .build());
    }

    private Course course(String courseId) {
        return rosters.course(courseId).orElseThrow(() -> notFound("the sandbox has no course " + courseId));
    }

    private LineItem find(String courseId, String id) {
        course(courseId);
        return gradebook.lineItem(courseId, id).orElseThrow(() ->
                notFound("course " + courseId + " has no line item " + id));
    }

    private static Paging paging(Integer limit, Integer page) {
        try {
            return Paging.of(limit, page);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    /** An NRPS member with its status (a differences read also reports Deleted members). */
    private Map<String, Object> member(SandboxUser user, String status) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("status", status);
        member.put("name", user.name());
        member.put("given_name", user.givenName());
        member.put("family_name", user.familyName());
        member.put("email", user.email());
        member.put("user_id", user.id());
        member.put("lis_person_sourcedid", user.id());
        member.put("roles", user.role() == org.cairn.sandbox.entity.Role.ADMIN ? user.role().uris()
                : user.role().membershipUris());
        return member;
    }

    private String lineItemUrl(LineItem item) {
        return urls.url("/api/courses/" + item.courseId() + "/lineitems/" + item.id()).toString();
    }

    private Map<String, Object> lineItem(LineItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", lineItemUrl(item));
        json.put("label", item.label());
        json.put("scoreMaximum", item.scoreMaximum());
        if (item.tag() != null) json.put("tag", item.tag());
        if (item.resourceId() != null) json.put("resourceId", item.resourceId());
        if (item.resourceLinkId() != null) json.put("resourceLinkId", item.resourceLinkId());
        if (item.startDateTime() != null) json.put("startDateTime", item.startDateTime());
        if (item.endDateTime() != null) json.put("endDateTime", item.endDateTime());
        return json;
    }

    private static JsonNode json(String body) {
        try {
            JsonNode node = JsonMapping.mapper().readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) throw invalid("the body must be a JSON object");
            return node;
        } catch (IOException e) {
            throw invalid("the body is not JSON");
        }
    }

    private static String label(JsonNode json) {
        String label = optional(json, "label");
        if (label == null || label.isBlank()) throw invalid("a line item needs a label");
        return label;
    }

    private static double scoreMaximum(JsonNode json) {
        Double maximum = number(json, "scoreMaximum");
        if (maximum == null || maximum <= 0) throw invalid("a line item needs a scoreMaximum above 0");
        return maximum;
    }

    private static String optional(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double number(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isNumber()) throw invalid(field + " must be a number");
        return value.asDouble();
    }

    private static Instant timestamp(String value) {
        if (value == null) throw invalid("a score needs a timestamp (ISO 8601 with offset)");
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("timestamp '" + value + "' is not ISO 8601 with an offset");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Refused invalid(String detail) {
        return new Refused(problem(400, "invalid-input", "The request is not valid", detail));
    }

    static Refused notFound(String detail) {
        return new Refused(problem(404, "not-found", "Not found", detail));
    }

    static Response problem(int status, String slug, String title, String detail) {
        return Response.status(status).type("application/problem+json").header("Cache-Control", "no-store")
                .entity(Map.of("type", "urn:cairn:problem:" + slug, "title", title, "status", status, "detail", detail))
                .build();
    }
}
