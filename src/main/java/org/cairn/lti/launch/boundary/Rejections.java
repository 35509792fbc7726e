package org.cairn.lti.launch.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.Reason;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Turns a refused login or launch into what operators and people see: a log line with the reason, issuer, client
 * id, deployment id and kid (never the token), a count in the {@code lti.launch.rejected} metric tagged by reason,
 * and a plain page that says what failed, never cached and never leaking a Referer. The log line is English; the
 * page is in the language the browser asks for ({@code Accept-Language}), never the refused id_token's locale claim.
 */
@ApplicationScoped
public class Rejections {

    private static final Logger LOG = Logger.getLogger(Rejections.class.getName());

    @Inject
    MetricRegistry metrics;

    /** What is known about the launch when it was refused, for the log. */
    public static final class Trace {
        String issuer;
        String clientId;
        String deploymentId;
        String kid;
        String step;

        Trace(String step) {
            this.step = step;
        }
    }

    public Response page(LaunchRejected rejected, Trace trace, Messages messages) {
        LOG.warning(() -> String.format("LTI %s refused: reason=%s issuer=%s client_id=%s deployment_id=%s kid=%s: %s",
                trace.step, rejected.reason().tag(), trace.issuer, trace.clientId, trace.deploymentId, trace.kid,
                rejected.detail()));
        metrics.counter("lti.launch.rejected", new Tag("reason", rejected.reason().tag())).inc();
        String body = "<div class=\"page\"><h1>" + Html.escape(messages.get("lti.rejected.title")) + "</h1>"
                + "<div class=\"notice error\" role=\"alert\"><p>" + Html.escape(rejected.detailIn(messages.locale()))
                + "</p></div>"
                + "<p>" + Html.escape(messages.get("lti.rejected.reason", rejected.reason().tag())) + "</p>"
                + "<p>" + Html.escape(messages.get("lti.rejected.help")) + "</p></div>";
        return Page.in(messages).status(rejected.status()).title(messages.get("lti.rejected.title"))
                .privateAndUncached().body(body).render();
    }

    /**
     * The platform posted an OIDC error to the redirect URI. Its code and description are untrusted text: shown
     * escaped and cut short, the code only when it looks like one (RFC 6749 §4.1.2.1: printable ASCII).
     */
    public Response platformError(String error, String description, Trace trace, Messages messages) {
        String code = error != null && error.matches("[A-Za-z0-9_.-]{1,64}") ? error : "invalid_error_code";
        String text = description == null || description.isBlank() ? null
                : description.length() > 500 ? description.substring(0, 500) + "…" : description;
        LOG.warning(() -> String.format("LTI %s refused: reason=%s error=%s", trace.step,
                Reason.PLATFORM_ERROR.tag(), code));
        metrics.counter("lti.launch.rejected", new Tag("reason", Reason.PLATFORM_ERROR.tag())).inc();
        String body = "<div class=\"page\"><h1>" + Html.escape(messages.get("lti.oidc.title")) + "</h1>"
                + "<div class=\"notice error\" role=\"alert\"><p>" + Html.escape(messages.get("lti.oidc.lead")) + "</p>"
                + "<p><code>" + Html.escape(code) + "</code>" + (text == null ? "" : ": " + Html.escape(text)) + "</p></div>"
                + "<p>" + Html.escape(messages.get("lti.oidc.help")) + "</p></div>";
        return Page.in(messages).status(Reason.PLATFORM_ERROR.status()).title(messages.get("lti.oidc.title"))
                .privateAndUncached().body(body).render();
    }

    /** The page that offers to start over in a top-level window when the state cannot be tied to this browser. */
    public Response unbound(LaunchRejected rejected, Trace trace, Messages messages, String restartUrl) {
        LOG.warning(() -> String.format("LTI %s refused: reason=%s issuer=%s client_id=%s: %s", trace.step,
                rejected.reason().tag(), trace.issuer, trace.clientId, rejected.detail()));
        metrics.counter("lti.launch.rejected", new Tag("reason", rejected.reason().tag())).inc();
        String body = "<div class=\"page\"><h1>" + Html.escape(messages.get("lti.unbound.title")) + "</h1>"
                + "<p>" + Html.escape(messages.get("lti.unbound.lead")) + "</p>"
                + (restartUrl == null ? "" : "<p><a class=\"button\" target=\"_blank\" rel=\"noopener\" href=\""
                + Html.escape(restartUrl) + "\">" + Html.escape(messages.get("lti.unbound.open")) + "</a></p>")
                + "<p class=\"muted\">" + Html.escape(rejected.detailIn(messages.locale())) + "</p></div>";
        return Page.in(messages).status(rejected.status()).title(messages.get("lti.unbound.title"))
                .privateAndUncached().body(body).render();
    }

    /**
     * The bundle for the pages around a login or launch: the browser's {@code Accept-Language}. A refused id_token is
     * not trusted, so its locale claim does not decide; it is read only when such a page is shown.
     */
    static Messages inBrowserLanguage(HttpServletRequest request) {
        return Messages.forAcceptLanguage(request.getHeader("Accept-Language"));
    }
}
