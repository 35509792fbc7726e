package org.cairn.lti.deeplinking.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;
import org.cairn.infra.config.Installation;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.lti.deeplinking.control.DeepLinkingTokens;
import org.cairn.lti.deeplinking.entity.ContentChoice;
import org.cairn.lti.deeplinking.entity.SelectionTicket;
import org.cairn.tenancy.keys.ToolKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The content selection page's form post: turn the teacher's choice into a signed LtiDeepLinkingResponse and
 * post it to the platform's deep_link_return_url with a form (a script submits it; a visible button does the
 * same without script). Never cached: the page holds a signed token.
 */
@Path(DeepLinkingLaunch.RESPONSE_PATH)
public class DeepLinkingResource {

    private static final Logger LOG = Logger.getLogger(DeepLinkingResource.class.getName());

    @Inject
    DeepLinkingLaunch launch;

    @Inject
    ToolKeys keys;

    @Inject
    Installation installation;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response respond(MultivaluedMap<String, String> form) {
        DeepLinkingTokens tokens = launch.tokens();
        SelectionTicket ticket;
        try {
            ticket = tokens.readTicket(form.getFirst("ticket"), keys.publicJwks());
        } catch (DeepLinkingTokens.InvalidTicket e) {
            return problem(Messages.forLocale(Messages.ENGLISH), e.getMessage());
        }
        Messages messages = Messages.forLocale(Messages.supported(ticket.locale()));
        List<ContentChoice> chosen = new ArrayList<>();
        if (!"cancel".equals(form.getFirst("action"))) {
            List<String> ids = form.get("item") == null ? List.of() : form.get("item");
            for (String id : new LinkedHashSet<>(ids)) {
                chosen.add(ticket.choice(id).orElse(null));
            }
            if (chosen.isEmpty() || chosen.contains(null)) {
                return problem(messages, messages.get("lti.dl.noneChosen"));
            }
            // Deep Linking 2.0 §4.4.1 accept_multiple=false: one item at most.
            if (!ticket.acceptMultiple() && chosen.size() > 1) {
                return problem(messages, messages.get("lti.dl.onlyOne"));
            }
        }
        String jwt = tokens.response(ticket, chosen, installation.url("/lti/launch"), keys.signingKey());
        LOG.info(() -> "Deep Linking response with " + chosen.size() + " item(s) for issuer " + ticket.issuer()
                + ", client id " + ticket.clientId() + ", deployment id " + ticket.deploymentId());
        String body = "<div class=\"page lti-dl\"><h1>" + Html.escape(messages.get("lti.dl.sending.title")) + "</h1>"
                + "<form id=\"dl-return\" method=\"post\" action=\"" + Html.escape(ticket.returnUrl().toString()) + "\">"
                + "<input type=\"hidden\" name=\"JWT\" value=\"" + Html.escape(jwt) + "\">"
                + "<p role=\"status\">" + Html.escape(messages.get(chosen.isEmpty() ? "lti.dl.sending.none"
                : "lti.dl.sending.lead", chosen.size())) + "</p>"
                + "<button type=\"submit\">" + Html.escape(messages.get("lti.dl.sending.continue")) + "</button>"
                + "</form></div>";
        return Page.in(messages).title(messages.get("lti.dl.sending.title")).privateAndUncached().body(body)
                .module("/static/js/launch/deep-linking.js").render();
    }

    private static Response problem(Messages messages, String detail) {
        String body = "<div class=\"page\"><h1>" + Html.escape(messages.get("lti.dl.failed.title")) + "</h1>"
                + "<div class=\"notice error\" role=\"alert\"><p>" + Html.escape(detail) + "</p></div></div>";
        return Page.in(messages).status(400).title(messages.get("lti.dl.failed.title")).privateAndUncached()
                .body(body).render();
    }
}
