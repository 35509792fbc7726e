package org.cairn.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.sandbox.control.Faults;
import org.cairn.sandbox.control.Gradebook;
import org.cairn.sandbox.control.Modules;
import org.cairn.sandbox.control.PlatformKeys;
import org.cairn.sandbox.control.SelfRegistration;
import org.cairn.sandbox.control.Sessions;
import org.cairn.sandbox.control.Tools;
import org.cairn.sandbox.entity.ContentItem;
import org.cairn.sandbox.entity.Course;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.sandbox.entity.LineItem;
import org.cairn.sandbox.entity.Placement;
import org.cairn.sandbox.entity.Role;
import org.cairn.sandbox.entity.SandboxUser;
import org.cairn.sandbox.entity.Score;
import org.cairn.sandbox.entity.Tool;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The sandbox LMS's pages: the demo course (menu, module, launches that frame Cairn like Canvas does), the
 * gradebook of every score Cairn sent, and an admin page (people, registration, fault knobs, keys).
 */
@Path("/sandbox")
public class PagesResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Sessions sessions;

    @Inject
    org.cairn.sandbox.control.Rosters rosters;

    @Inject
    Tools tools;

    @Inject
    SelfRegistration selfRegistration;

    @Inject
    Gradebook gradebook;

    @Inject
    Modules modules;

    @Inject
    Faults faults;

    @Inject
    PlatformKeys keys;

    @Inject
    SandboxUrls urls;

    @GET
    @Produces("text/html")
    @Operation(hidden = true)
    public Response home(@CookieParam(Sessions.COOKIE) String session, @HeaderParam("Accept-Language") String language) {
        return coursePage(DemoCourses.DEMO_COURSE_ID, session, language);
    }

    @GET
    @Path("courses/{courseId}")
    @Produces("text/html")
    @Operation(hidden = true)
    public Response course(@PathParam("courseId") String courseId, @CookieParam(Sessions.COOKIE) String session,
                           @HeaderParam("Accept-Language") String language) {
        return coursePage(courseId, session, language);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@FormParam("user") String userId) {
        Optional<SandboxUser> user = DemoCourses.user(userId);
        if (user.isEmpty()) {
            return AuthorizationResource.errorPage(Messages.forLocale(Messages.ENGLISH), "no sandbox user " + userId);
        }
        return Response.seeOther(URI.create("/sandbox/courses/" + DemoCourses.DEMO_COURSE_ID))
                .header("Set-Cookie", cookie(sessions.signIn(user.get()))).build();
    }

    @GET
    @Path("courses/{courseId}/cairn")
    @Produces("text/html")
    @Operation(hidden = true)
    public Response courseNavigation(@PathParam("courseId") String courseId, @QueryParam("as") String as,
                                     @CookieParam(Sessions.COOKIE) String session) {
        return launch(Placement.courseNavigation(courseId), as == null ? DemoCourses.TEACHER_ID : as, session);
    }

    @GET
    @Path("courses/{courseId}/links/{linkId}")
    @Produces("text/html")
    @Operation(hidden = true)
    public Response resourceLink(@PathParam("courseId") String courseId, @PathParam("linkId") String linkId,
                                 @QueryParam("as") String as, @CookieParam(Sessions.COOKIE) String session) {
        return launch(Placement.resourceLink(courseId, linkId), as, session);
    }

    @GET
    @Path("courses/{courseId}/items/{itemId}")
    @Produces("text/html")
    @Operation(hidden = true)
    public Response contentItem(@PathParam("courseId") String courseId, @PathParam("itemId") String itemId,
                                @QueryParam("as") String as, @CookieParam(Sessions.COOKIE) String session) {
        if (modules.item(courseId, itemId).isEmpty()) {
            return AuthorizationResource.errorPage(messages(sessions.user(session), null),
                    "course " + courseId + " has no module item " + itemId);
        }
        return launch(Placement.resourceLink(courseId, Placement.CONTENT_ITEM_PREFIX + itemId), as, session);
    }

    @GET
    @Path("courses/{courseId}/deep-linking")
    @Produces("text/html")
    @Operation(hidden = true)
    public Response deepLinking(@PathParam("courseId") String courseId, @CookieParam(Sessions.COOKIE) String session) {
        return launch(Placement.deepLinking(courseId), DemoCourses.TEACHER_ID, session);
    }

    @GET
    @Path("gradebook")
    @Produces("text/html")
    @Operation(hidden = true)
    public Response gradebook(@CookieParam(Sessions.COOKIE) String session, @HeaderParam("Accept-Language") String language) {
        Messages m = messages(sessions.user(session), language);
        Map<String, LineItem> items = new LinkedHashMap<>();
        gradebook.allLineItems().forEach(i -> items.put(i.id(), i));
        StringBuilder body = new StringBuilder("<h1>").append(e(m.get("sandbox.gradebook.title"))).append("</h1>");
        List<Score> scores = gradebook.allScores();
        if (scores.isEmpty()) {
            body.append("<p>").append(e(m.get("sandbox.gradebook.empty"))).append("</p>");
        } else {
            body.append("<div class=\"sbx-scroll\"><table class=\"sbx-table\"><caption>")
                    .append(e(m.get("sandbox.gradebook.caption", scores.size()))).append("</caption><thead><tr>");
            for (String key : List.of("item", "student", "score", "activity", "grading", "comment", "timestamp", "received")) {
                body.append("<th scope=\"col\">").append(e(m.get("sandbox.gradebook." + key))).append("</th>");
            }
            body.append("</tr></thead><tbody>");
            for (Score score : scores) {
                LineItem item = items.get(score.lineItemId());
                String student = item == null ? score.userId() : DemoCourses.byId(item.courseId())
                        .flatMap(c -> c.member(score.userId())).map(SandboxUser::name).orElse(score.userId());
                body.append("<tr><th scope=\"row\">").append(e(item == null ? score.lineItemId() : item.label()))
                        .append("</th><td>").append(e(student)).append("</td><td>")
                        .append(score.scoreGiven() == null ? "—" : e(number(score.scoreGiven()) + " / "
                                + number(score.scoreMaximum())))
                        .append("</td><td>").append(e(score.activityProgress())).append("</td><td>")
                        .append(e(score.gradingProgress())).append("</td><td>")
                        .append(e(score.comment() == null ? "" : score.comment())).append("</td><td>")
                        .append(e(TIME.format(score.timestamp()))).append("</td><td>")
                        .append(e(TIME.format(score.receivedAt()))).append("</td></tr>");
            }
            body.append("</tbody></table></div>");
        }
        return shell(m, m.get("sandbox.gradebook.title"), "gradebook", sessions.user(session), body.toString()).render();
    }

    @GET
    @Path("admin")
    @Produces("text/html")
    @Operation(hidden = true)
    public Response admin(@CookieParam(Sessions.COOKIE) String session, @HeaderParam("Accept-Language") String language) {
        Messages m = messages(sessions.user(session), language);
        StringBuilder body = new StringBuilder("<h1>").append(e(m.get("sandbox.admin.title"))).append("</h1>");
        body.append("<section aria-labelledby=\"sbx-reg\"><h2 id=\"sbx-reg\">").append(e(m.get("sandbox.admin.registration")))
                .append("</h2>");
        Optional<SelfRegistration.Status> status = selfRegistration.status();
        body.append("<p>").append(e(status.map(s -> m.get("sandbox.admin.selfStatus", s.status(), s.attempts(), s.detail()))
                .orElse(m.get("sandbox.admin.selfNone")))).append("</p>");
        body.append("<form method=\"post\" action=\"/sandbox/admin/register\"><button type=\"submit\">")
                .append(e(m.get("sandbox.admin.register"))).append("</button></form>");
        List<Tool> registered = tools.all();
        if (registered.isEmpty()) {
            body.append("<p>").append(e(m.get("sandbox.admin.noTools"))).append("</p>");
        } else {
            body.append("<div class=\"sbx-scroll\"><table class=\"sbx-table\"><caption>").append(e(m.get("sandbox.admin.tools")))
                    .append("</caption><thead><tr><th scope=\"col\">").append(e(m.get("sandbox.admin.toolName")))
                    .append("</th><th scope=\"col\">client_id</th><th scope=\"col\">deployment_id</th><th scope=\"col\">")
                    .append(e(m.get("sandbox.admin.toolLogin"))).append("</th><th scope=\"col\">")
                    .append(e(m.get("sandbox.admin.toolScopes"))).append("</th></tr></thead><tbody>");
            for (Tool tool : registered) {
                body.append("<tr><th scope=\"row\">").append(e(tool.name())).append("</th><td><code>").append(e(tool.clientId()))
                        .append("</code></td><td><code>").append(e(tool.deploymentId())).append("</code></td><td>")
                        .append(e(tool.initiateLoginUri())).append("</td><td>").append(e(tool.scopes().size()))
                        .append("</td></tr>");
            }
            body.append("</tbody></table></div>");
        }
        body.append("</section><section aria-labelledby=\"sbx-faults\"><h2 id=\"sbx-faults\">")
                .append(e(m.get("sandbox.admin.faults"))).append("</h2><p>").append(e(m.get("sandbox.admin.faultsLead")))
                .append("</p><ul>");
        if (faults.armed().isEmpty()) body.append("<li>").append(e(m.get("sandbox.admin.noFaults"))).append("</li>");
        faults.armed().values().forEach(f -> body.append("<li>").append(e(f.target().name().toLowerCase() + ": " + f.kind()
                + " × " + f.count())).append("</li>"));
        body.append("</ul><form id=\"sbx-fault-form\"><label for=\"sbx-fault-target\">").append(e(m.get("sandbox.admin.target")))
                .append("</label> <select id=\"sbx-fault-target\" name=\"target\"><option>nrps</option><option>differences</option><option>ags</option>"
                        + "<option>token</option></select> <label for=\"sbx-fault-kind\">")
                .append(e(m.get("sandbox.admin.kind"))).append("</label> <select id=\"sbx-fault-kind\" name=\"kind\">"
                        + "<option>429</option><option>500</option><option>503</option><option>slow</option><option>malformed</option></select> "
                        + "<label for=\"sbx-fault-count\">").append(e(m.get("sandbox.admin.count")))
                .append("</label> <input id=\"sbx-fault-count\" name=\"count\" type=\"number\" min=\"1\" value=\"3\"> "
                        + "<button type=\"submit\">").append(e(m.get("sandbox.admin.arm"))).append("</button></form>"
                        + "<p id=\"sbx-admin-status\" role=\"status\" aria-live=\"polite\"></p></section>");
        body.append("<section aria-labelledby=\"sbx-keys\"><h2 id=\"sbx-keys\">").append(e(m.get("sandbox.admin.keys")))
                .append("</h2><ul>");
        keys.publicJwks().getKeys().forEach(k -> body.append("<li><code>").append(e(k.getKeyID())).append("</code></li>"));
        body.append("</ul><button type=\"button\" id=\"sbx-rotate\">").append(e(m.get("sandbox.admin.rotate")))
                .append("</button></section>");
        body.append("<section aria-labelledby=\"sbx-people\"><h2 id=\"sbx-people\">").append(e(m.get("sandbox.admin.people")))
                .append("</h2><div class=\"sbx-scroll\"><table class=\"sbx-table\"><caption>")
                .append(e(DemoCourses.demo().title())).append("</caption><thead><tr><th scope=\"col\">")
                .append(e(m.get("sandbox.admin.name"))).append("</th><th scope=\"col\">").append(e(m.get("sandbox.admin.role")))
                .append("</th><th scope=\"col\">sub</th><th scope=\"col\">").append(e(m.get("sandbox.admin.locale")))
                .append("</th></tr></thead><tbody>");
        for (SandboxUser user : DemoCourses.demo().members()) {
            body.append("<tr><th scope=\"row\">").append(e(user.name())).append("</th><td>")
                    .append(e(m.get("sandbox.role." + user.role().name()))).append("</td><td><code>").append(e(user.id()))
                    .append("</code></td><td>").append(e(user.locale())).append("</td></tr>");
        }
        body.append("</tbody></table></div></section>");
        return shell(m, m.get("sandbox.admin.title"), "admin", sessions.user(session), body.toString())
                .module("/static/js/sandbox/admin.js").render();
    }

    @POST
    @Path("admin/register")
    @Operation(hidden = true)
    public Response registerAgain() {
        // What an LMS admin does: open the tool's registration page with a fresh one-time token.
        String token = tools.issueRegistrationToken("admin");
        URI target = URI.create(urls.cairn("/lti/register") + "?openid_configuration="
                + encode(urls.openidConfiguration().toString()) + "&registration_token=" + encode(token));
        return Response.seeOther(target).header("Cache-Control", "no-store").build();
    }

    private Response coursePage(String courseId, String session, String language) {
        Optional<SandboxUser> user = sessions.user(session);
        Messages m = messages(user, language);
        Optional<Course> course = DemoCourses.byId(courseId).filter(c -> c.id().equals(DemoCourses.DEMO_COURSE_ID));
        if (course.isEmpty()) return AuthorizationResource.errorPage(m, "the sandbox has no course " + courseId);
        return shell(m, course.get().title(), "home", user, courseHome(m, course.get(), user)).render();
    }

    private String courseHome(Messages m, Course course, Optional<SandboxUser> user) {
        StringBuilder body = new StringBuilder("<h1>").append(e(course.title())).append("</h1>");
        body.append("<p>").append(e(m.get("sandbox.course.lead"))).append("</p>");
        if (cairnTool().isEmpty()) {
            body.append("<p class=\"sbx-notice\" role=\"status\">").append(e(m.get("sandbox.course.notRegistered")))
                    .append(" <a href=\"/sandbox/admin\">").append(e(m.get("sandbox.nav.admin"))).append("</a></p>");
        }
        body.append("<section aria-labelledby=\"sbx-module\" class=\"sbx-module\"><h2 id=\"sbx-module\">")
                .append(e(m.get("sandbox.module.title"))).append("</h2><ul class=\"sbx-items\">")
                .append("<li><form method=\"get\" action=\"/sandbox/courses/").append(e(course.id())).append("/links/")
                .append(e(DemoCourses.PLAN_LINK_ID)).append("\"><span class=\"sbx-item-title\">")
                .append(e(m.get("sandbox.module.plan"))).append("</span> <label for=\"sbx-as\">")
                .append(e(m.get("sandbox.module.as"))).append("</label> <select id=\"sbx-as\" name=\"as\">");
        for (SandboxUser student : course.withRole(Role.STUDENT)) {
            boolean selected = user.map(u -> u.id().equals(student.id())).orElse(false);
            body.append("<option value=\"").append(e(student.id())).append('"').append(selected ? " selected" : "")
                    .append('>').append(e(student.name())).append("es".equals(student.locale()) ? " (español)" : "")
                    .append("</option>");
        }
        body.append("</select> <button type=\"submit\">").append(e(m.get("sandbox.module.open"))).append("</button></form></li>");
        int n = 0;
        for (ContentItem item : modules.items(course.id())) {
            // A link the tool placed through Deep Linking launches like any module item, as a chosen student.
            String select = "sbx-as-item-" + (++n);
            body.append("<li><form method=\"get\" action=\"/sandbox/courses/").append(e(course.id())).append("/items/")
                    .append(e(item.id())).append("\"><span class=\"sbx-item-title\">")
                    .append(e(item.title() == null ? item.type() : item.title()))
                    .append("</span> <span class=\"sbx-muted\">").append(e(m.get("sandbox.module.fromTool")))
                    .append("</span> <label for=\"").append(select).append("\">").append(e(m.get("sandbox.module.as")))
                    .append("</label> <select id=\"").append(select).append("\" name=\"as\">");
            for (SandboxUser student : course.withRole(Role.STUDENT)) {
                boolean selected = user.map(u -> u.id().equals(student.id())).orElse(false);
                body.append("<option value=\"").append(e(student.id())).append('"').append(selected ? " selected" : "")
                        .append('>').append(e(student.name())).append("</option>");
            }
            body.append("</select> <button type=\"submit\">").append(e(m.get("sandbox.module.open")))
                    .append("</button></form></li>");
        }
        body.append("<li><a href=\"/sandbox/courses/").append(e(course.id())).append("/deep-linking\">")
                .append(e(m.get("sandbox.module.addContent"))).append("</a></li></ul></section>");
        return body.toString();
    }

    private Response launch(Placement placement, String as, String session) {
        Optional<SandboxUser> current = sessions.user(session);
        Optional<SandboxUser> user = as == null ? current : DemoCourses.user(as);
        Messages m = messages(user, null);
        // The large course launches too (as its teacher), so its 5,000-member roster can be synced and timed, and so
        // do practice courses made through the admin API.
        Optional<Course> course = rosters.course(placement.courseId())
                .filter(c -> c.member(user.map(SandboxUser::id).orElse("")).isPresent());
        if (course.isEmpty() || user.isEmpty()) {
            return AuthorizationResource.errorPage(m, "choose a sandbox person and a course to launch");
        }
        // A module item placed through Deep Linking opens the tool that placed it; everything else opens Cairn.
        Optional<Tool> tool = placement.contentItemId().flatMap(id -> modules.item(placement.courseId(), id))
                .flatMap(item -> tools.byClientId(item.clientId())).or(this::cairnTool);
        if (tool.isEmpty()) {
            return shell(m, course.get().title(), "cairn", user, "<h1>" + e(course.get().title()) + "</h1><p class=\"sbx-notice\">"
                    + e(m.get("sandbox.course.notRegistered")) + " <a href=\"/sandbox/admin\">" + e(m.get("sandbox.nav.admin"))
                    + "</a></p>").render();
        }
        // Signing in as the chosen person is the sandbox's whole login: the cookie is first-party on its site.
        String cookie = current.map(SandboxUser::id).equals(user.map(SandboxUser::id)) ? null
                : cookie(sessions.signIn(user.get()));
        String src = loginInitiation(tool.get(), user.get(), placement);
        String title = placement.kind() == Placement.Kind.RESOURCE_LINK ? m.get("sandbox.module.plan") : "Cairn";
        String body = "<h1>" + e(course.get().title()) + " – " + e(title) + "</h1>"
                + "<p class=\"sbx-muted\">" + e(m.get("sandbox.launch.as", user.get().name())) + "</p>"
                + "<iframe id=\"sbx-tool-frame\" class=\"sbx-tool-frame\" title=\"" + e(m.get("sandbox.launch.frameTitle"))
                + "\" src=\"" + e(src) + "\" allow=\"fullscreen; clipboard-write\"></iframe>";
        Page page = shell(m, title + " – " + course.get().title(), "cairn", user, body)
                .module("/static/js/sandbox/course.js")
                .boot("cairnOrigin", urls.cairnOrigin())
                .frameSource(urls.cairnOrigin())
                .privateAndUncached();
        Response response = page.render();
        if (cookie == null) return response;
        return Response.fromResponse(response).header("Set-Cookie", cookie).build();
    }

    /** Third-party initiated login (LTI Core §4.1 and the client-side storage spec's lti_storage_target). */
    String loginInitiation(Tool tool, SandboxUser user, Placement placement) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("iss", urls.issuer().toString());
        query.put("login_hint", user.id());
        query.put("target_link_uri", tool.targetLinkUri().toString());
        query.put("lti_message_hint", placement.messageHint());
        query.put("client_id", tool.clientId());
        query.put("lti_deployment_id", tool.deploymentId());
        query.put("lti_storage_target", "_parent");
        StringBuilder url = new StringBuilder(tool.initiateLoginUri().toString());
        url.append(tool.initiateLoginUri().getRawQuery() == null ? '?' : '&');
        query.forEach((k, v) -> url.append(k).append('=').append(encode(v)).append('&'));
        url.setLength(url.length() - 1);
        return url.toString();
    }

    /** The tool the course menu's "Cairn" opens: the one Cairn self-registered, else the newest on Cairn's site. */
    Optional<Tool> cairnTool() {
        String cairn = urls.cairn("/").toString();
        return selfRegistration.clientId().flatMap(tools::byClientId)
                .or(() -> tools.all().stream().filter(t -> t.initiateLoginUri().toString().startsWith(cairn)).findFirst());
    }

    private Page shell(Messages m, String title, String current, Optional<SandboxUser> user, String content) {
        StringBuilder html = new StringBuilder("<link rel=\"stylesheet\" href=\"/static/css/sandbox.css\">")
                .append("<div class=\"sbx\"><header class=\"sbx-header\"><span class=\"sbx-brand\">")
                .append(e(m.get("sandbox.brand"))).append("</span><form class=\"sbx-signin\" method=\"post\" "
                        + "action=\"/sandbox/sign-in\"><label for=\"sbx-user\">").append(e(m.get("sandbox.signInAs")))
                .append("</label> <select id=\"sbx-user\" name=\"user\">");
        for (SandboxUser person : DemoCourses.demo().members()) {
            boolean selected = user.map(u -> u.id().equals(person.id())).orElse(false);
            html.append("<option value=\"").append(e(person.id())).append('"').append(selected ? " selected" : "")
                    .append('>').append(e(person.name() + " (" + m.get("sandbox.role." + person.role().name()) + ")"))
                    .append("</option>");
        }
        html.append("</select> <button type=\"submit\">").append(e(m.get("sandbox.signIn"))).append("</button></form></header>")
                .append("<div class=\"sbx-layout\"><nav class=\"sbx-nav\" aria-label=\"")
                .append(e(m.get("sandbox.nav.label"))).append("\"><ul>");
        String courseUrl = "/sandbox/courses/" + DemoCourses.DEMO_COURSE_ID;
        navItem(html, courseUrl, m.get("sandbox.nav.home"), "home".equals(current));
        navItem(html, courseUrl + "/cairn", "Cairn", "cairn".equals(current));
        navItem(html, "/sandbox/gradebook", m.get("sandbox.nav.grades"), "gradebook".equals(current));
        navItem(html, "/sandbox/admin", m.get("sandbox.nav.admin"), "admin".equals(current));
        html.append("</ul></nav><div class=\"sbx-content\">").append(content).append("</div></div></div>");
        return Page.in(m).title(title + " – " + m.get("sandbox.brand")).body(html.toString());
    }

    private static void navItem(StringBuilder html, String href, String label, boolean current) {
        html.append("<li><a href=\"").append(e(href)).append('"').append(current ? " aria-current=\"page\"" : "")
                .append('>').append(e(label)).append("</a></li>");
    }

    private static Messages messages(Optional<SandboxUser> user, String acceptLanguage) {
        if (user.isPresent()) return Messages.forLocale(Messages.supported(user.get().locale()));
        return Messages.forAcceptLanguage(acceptLanguage);
    }

    /**
     * Written by hand: JAX-RS adds "Version=1", which makes some clients send RFC 2965 cookies back.
     * SameSite=None like a real LMS's session cookie: the OIDC authorization request arrives inside the tool's
     * iframe after a redirect from the tool's site, which Chrome counts as cross-site for SameSite=Lax. Secure is
     * allowed on http://127.0.0.1 and http://localhost, which browsers treat as secure contexts.
     */
    private static String cookie(String value) {
        return Sessions.COOKIE + "=" + value + "; Path=/sandbox; HttpOnly; Secure; SameSite=None";
    }

    private static String number(Double value) {
        if (value == null) return "—";
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String e(Object value) {
        return Html.escape(value);
    }
}
