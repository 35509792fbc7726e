package org.cairn.lti.deeplinking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.cairn.infra.config.Installation;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.lti.deeplinking.control.DeepLinkingTokens;
import org.cairn.lti.deeplinking.entity.ContentChoice;
import org.cairn.lti.deeplinking.entity.DeepLinkingSettings;
import org.cairn.lti.deeplinking.entity.SelectionTicket;
import org.cairn.lti.launch.boundary.LaunchHandler;
import org.cairn.lti.launch.entity.Claims;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.cairn.session.entity.CourseRole;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.Registration;
import org.cairn.tenancy.keys.ToolKeys;

/**
 * LtiDeepLinkingRequest (Deep Linking 2.0 §4.4): after the usual launch validation, check the message's own
 * settings, let only the course's teachers choose, and show the content selection page. No session, no rows.
 */
@ApplicationScoped
public class DeepLinkingLaunch implements LaunchHandler {

    private static final Logger LOG = Logger.getLogger(DeepLinkingLaunch.class.getName());
    static final String RESPONSE_PATH = "/lti/deep-linking/response";

    @Inject
    ContentOffer offer;

    @Inject
    ToolKeys keys;

    @Inject
    Installation installation;

    @Inject
    Clock clock;

    @Override
    public String messageType() {
        return Claims.DEEP_LINKING_REQUEST;
    }

    @Override
    public Response handle(LtiLaunch launch, Registration registration, Deployment deployment) {
        DeepLinkingSettings settings = DeepLinkingSettings.from(launch.deepLinkingSettings());
        Locale locale = Messages.supported(launch.locale());
        Messages messages = Messages.forLocale(locale);
        // Placing content changes the course for everyone: context roles of a teacher only (lti-checklist §6).
        if (!CourseRole.of(launch.roles()).isTeacher()) {
            LOG.info(() -> "Deep Linking request refused for a non-teacher: issuer " + launch.issuer() + ", client id "
                    + launch.clientId() + ", deployment id " + launch.deploymentId());
            String body = "<div class=\"page\"><h1>" + Html.escape(messages.get("lti.dl.teachersOnly.title"))
                    + "</h1><p>" + Html.escape(messages.get("lti.dl.teachersOnly.lead")) + "</p></div>";
            return Page.in(messages).status(403).title(messages.get("lti.dl.teachersOnly.title"))
                    .privateAndUncached().body(body).render();
        }
        List<ContentChoice> choices = offer.choices(launch.registrationId(),
                launch.hasContext() ? launch.context().id() : null, messages);
        SelectionTicket ticket = new SelectionTicket(launch.registrationId(), launch.issuer(), launch.clientId(),
                launch.deploymentId(), settings.returnUrl(), settings.data(), settings.acceptMultiple(), locale,
                choices, clock.instant().plus(DeepLinkingTokens.TICKET_LIFETIME));
        String signed = tokens().ticket(ticket, keys.signingKey());
        return selectionPage(messages, ticket, signed, launch.hasContext() && choices.size() == 1);
    }

    DeepLinkingTokens tokens() {
        return new DeepLinkingTokens(clock, installation.url(RESPONSE_PATH));
    }

    private static Response selectionPage(Messages m, SelectionTicket ticket, String signed, boolean noUnits) {
        String type = ticket.acceptMultiple() ? "checkbox" : "radio";
        StringBuilder body = new StringBuilder("<div class=\"page lti-dl\"><h1>")
                .append(Html.escape(m.get("lti.dl.title"))).append("</h1><p>").append(Html.escape(m.get("lti.dl.lead")))
                .append("</p><form id=\"dl-select\" method=\"post\" action=\"").append(RESPONSE_PATH).append("\">")
                .append("<input type=\"hidden\" name=\"ticket\" value=\"").append(Html.escape(signed)).append("\">")
                .append("<fieldset><legend>").append(Html.escape(m.get(ticket.acceptMultiple()
                        ? "lti.dl.legend.many" : "lti.dl.legend.one"))).append("</legend><ul class=\"dl-choices\">");
        boolean first = true;
        for (ContentChoice choice : ticket.choices()) {
            String id = "dl-item-" + choice.id();
            body.append("<li><input type=\"").append(type).append("\" name=\"item\" id=\"").append(Html.escape(id))
                    .append("\" value=\"").append(Html.escape(choice.id())).append('"').append(first ? " checked" : "")
                    .append("> <label for=\"").append(Html.escape(id)).append("\">").append(Html.escape(choice.title()))
                    .append("</label></li>");
            first = false;
        }
        body.append("</ul></fieldset>");
        if (noUnits) body.append("<p class=\"muted\">").append(Html.escape(m.get("lti.dl.noUnits"))).append("</p>");
        body.append("<p id=\"dl-error\" class=\"dl-error\" role=\"alert\"></p>")
                .append("<div class=\"dl-actions\"><button type=\"submit\" name=\"action\" value=\"add\">")
                .append(Html.escape(m.get("lti.dl.add"))).append("</button> <button type=\"submit\" name=\"action\" "
                        + "value=\"cancel\" class=\"secondary\">").append(Html.escape(m.get("lti.dl.cancel")))
                .append("</button></div></form></div>");
        return Page.in(m).title(m.get("lti.dl.title")).privateAndUncached().body(body.toString())
                .module("/static/js/launch/deep-linking.js")
                .boot("noneChosen", m.get("lti.dl.noneChosen"))
                .render();
    }
}
