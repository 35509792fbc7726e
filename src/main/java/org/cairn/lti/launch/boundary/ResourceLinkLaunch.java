package org.cairn.lti.launch.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.lti.launch.entity.Claims;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.cairn.session.entity.CourseRole;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.Registration;

/**
 * LtiResourceLinkRequest: open a course session and answer with the app page itself (no redirect that would
 * need a cookie), carrying the session token as boot data. Teachers land on the course page, students on their
 * plan; a launch without a course gets a polite page and no session.
 */
@ApplicationScoped
public class ResourceLinkLaunch implements LaunchHandler {

    @Inject
    LaunchSessions sessions;

    @Inject
    UniqueKeyRetry retry;

    @Override
    public String messageType() {
        return Claims.RESOURCE_LINK_REQUEST;
    }

    @Override
    public Response handle(LtiLaunch launch, Registration registration, Deployment deployment) {
        Messages messages = Messages.forLocale(Messages.supported(launch.locale()));
        if (!launch.hasContext()) {
            return polite(messages, "lti.nocontext.title", "lti.nocontext.lead");
        }
        LaunchSessions.Opened opened = open(launch, deployment);
        Messages inLocale = Messages.forLocale(opened.locale());
        String lang = opened.locale().toLanguageTag();
        return switch (opened.role()) {
            case TEACHER -> withLinkChoice(app(inLocale, opened, "cairn-course-page", "/static/js/course/course-page.js",
                    "<h1>" + Html.escape(opened.courseTitle()) + "</h1><p role=\"status\">"
                            + Html.escape(inLocale.get("shell.loading")) + "</p>"), launch).render();
            case STUDENT -> withLinkChoice(app(inLocale, opened, "cairn-my-plan", "/static/js/course/my-plan.js",
                    "<h1>" + Html.escape(inLocale.get("roster.plan.title")) + "</h1><p role=\"status\">"
                            + Html.escape(inLocale.get("shell.loading")) + "</p>"), launch).render();
            case OBSERVER, OTHER -> polite(inLocale, "lti.norole.title", "lti.norole.lead");
        };
    }

    /**
     * Opens the session, again when a simultaneous first launch inserted the same person, course or enrollment
     * first (a class clicking the new link at once): the loser's transaction fails on the unique key and the next one
     * finds the winner's rows.
     */
    private LaunchSessions.Opened open(LtiLaunch launch, Deployment deployment) {
        return retry.run(() -> sessions.open(launch, deployment));
    }

    /** Custom values are untrusted: only a view name of our shape, and a unit name cut short (escaped as JSON). */
    static final java.util.regex.Pattern VIEW = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /**
     * A link placed by Deep Linking carries custom parameters (cairn_view, cairn_unit): they reach the page as
     * boot data, so "My learning plan: Unit 2" opens the plan view on that unit.
     */
    static Page withLinkChoice(Page page, LtiLaunch launch) {
        String view = launch.custom().get("cairn_view");
        if (view != null && VIEW.matcher(view).matches()) page.boot("view", view);
        String unit = launch.custom().get("cairn_unit");
        if (unit != null && !unit.isBlank()) page.boot("unit", unit.length() > 200 ? unit.substring(0, 200) : unit);
        return page;
    }

    private static Page app(Messages messages, LaunchSessions.Opened opened, String element, String module,
                            String fallback) {
        String body = "<" + element + " class=\"page\">" + fallback + "</" + element + ">";
        return Page.in(messages).title(opened.courseTitle() + " · Cairn").privateAndUncached()
                .module(module)
                .boot("token", opened.token())
                .boot("locale", opened.locale().toLanguageTag())
                .boot("role", opened.role().name().toLowerCase(java.util.Locale.ROOT))
                .body(body);
    }

    private static Response polite(Messages messages, String title, String lead) {
        String body = "<div class=\"page\"><h1>" + Html.escape(messages.get(title)) + "</h1><p>"
                + Html.escape(messages.get(lead)) + "</p></div>";
        return Page.in(messages).title(messages.get(title)).privateAndUncached().body(body).render();
    }

    static boolean isTeacher(CourseRole role) {
        return role == CourseRole.TEACHER;
    }
}
