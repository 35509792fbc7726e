package org.cairn.lti.registration;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.tenancy.control.ToolUrls;
import org.cairn.tenancy.entity.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages of Dynamic Registration. The LMS opens GET /lti/register in an iframe or window with
 * openid_configuration and registration_token; the administrator confirms; POST does the work server-side
 * and ends with the org.imsglobal.lti.close message (Dynamic Registration 1.0 §3.7).
 */
@Path("/lti/register")
public class RegisterResource {

    private static final Logger LOG = Logger.getLogger(RegisterResource.class.getName());

    @Inject
    DynamicRegistration registration;

    @Inject
    ToolUrls urls;

    @GET
    @Produces("text/html")
    @Operation(hidden = true)
    public Response confirm(@QueryParam("openid_configuration") String configuration,
                            @QueryParam("registration_token") String token,
                            @HeaderParam("Accept-Language") String language) {
        Messages m = messages(language);
        if ((configuration == null || configuration.isBlank()) && (token == null || token.isBlank())) {
            String body = "<div class=\"page\"><h1>" + e(m.get("register.title")) + "</h1>"
                    + "<p>" + e(m.get("register.about", urls.dynamicRegistration())) + "</p></div>";
            return page(m).body(body).render();
        }
        URI checked;
        try {
            checked = registration.checkConfigurationUrl(configuration);
        } catch (RegistrationFailed failed) {
            return failure(m, failed);
        }
        StringBuilder body = new StringBuilder("<div class=\"page\"><h1>").append(e(m.get("register.title"))).append("</h1>")
                .append("<p>").append(e(m.get("register.lead", checked.getHost()))).append("</p>")
                .append("<h2>").append(e(m.get("register.values"))).append("</h2><dl class=\"values\">");
        value(body, m.get("register.value.login"), urls.login().toString());
        value(body, m.get("register.value.redirect"), urls.launch().toString());
        value(body, m.get("register.value.jwks"), urls.jwks().toString());
        value(body, m.get("register.value.services"), m.get("register.value.services.text"));
        value(body, m.get("register.value.privacy"), m.get("register.value.privacy.text"));
        body.append("</dl>");
        if (!registration.autoActivates()) {
            body.append("<p class=\"notice\">").append(e(m.get("register.pending-note"))).append("</p>");
        }
        body.append("<form method=\"post\" action=\"/lti/register\">")
                .append(hidden("openid_configuration", configuration))
                .append(hidden("registration_token", token == null ? "" : token));
        if (registration.needsInstallationCode()) {
            body.append("<p><label for=\"installation_code\">").append(e(m.get("register.code"))).append("</label><br>")
                    .append("<input id=\"installation_code\" name=\"installation_code\" type=\"password\" required "
                            + "autocomplete=\"off\"></p>");
        }
        body.append("<p><button type=\"submit\">").append(e(m.get("register.submit"))).append("</button></p></form></div>");
        return page(m).body(body.toString()).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    @Operation(hidden = true)
    public Response register(@FormParam("openid_configuration") String configuration,
                             @FormParam("registration_token") String token,
                             @FormParam("installation_code") String code,
                             @HeaderParam("Accept-Language") String language) {
        Messages m = messages(language);
        DynamicRegistrations.Stored stored;
        try {
            stored = registration.register(configuration, token, code);
        } catch (RegistrationFailed failed) {
            return failure(m, failed);
        }
        String status = stored.status() == RegistrationStatus.ACTIVE ? m.get("register.done.active")
                : stored.status() == RegistrationStatus.PENDING ? m.get("register.done.pending") : m.get("register.done.disabled");
        String body = "<div class=\"page\"><h1>" + e(m.get("register.done.title")) + "</h1>"
                + "<p role=\"status\">" + e(m.get("register.done.lead", stored.issuer(), stored.clientId())) + "</p>"
                + "<p>" + e(status) + "</p>"
                + "<p><button type=\"button\" id=\"close\">" + e(m.get("register.done.close")) + "</button></p></div>";
        return page(m).title(m.get("register.done.title")).body(body).module("/static/js/registration/close.js").render();
    }

    private Response failure(Messages m, RegistrationFailed failed) {
        LOG.info(() -> "Dynamic Registration refused (" + failed.reason() + "): " + failed.getMessage());
        String body = "<div class=\"page\"><h1>" + e(m.get("register.failed.title")) + "</h1>"
                + "<p class=\"notice error\" role=\"alert\">" + e(failed.detail().in(m.locale())) + "</p>"
                + "<p>" + e(m.get("register.failed.next")) + "</p></div>";
        return page(m).title(m.get("register.failed.title")).body(body).status(failed.reason().status()).render();
    }

    private static Page page(Messages m) {
        return Page.in(m).title(m.get("register.title")).privateAndUncached();
    }

    private static Messages messages(String acceptLanguage) {
        return Messages.forAcceptLanguage(acceptLanguage);
    }

    private static void value(StringBuilder body, String label, String value) {
        body.append("<dt>").append(e(label)).append("</dt><dd><code>").append(e(value)).append("</code></dd>");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + e(value) + "\">";
    }

    private static String e(Object value) {
        return Html.escape(value);
    }
}
