package org.cairn.infra.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.cairn.infra.config.Installation;
import org.cairn.infra.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The page at "/": in development the sandbox course; otherwise a short welcome for LMS admins. */
@Path("/")
public class HomeResource {

    @Inject
    Installation installation;

    @Inject
    Instance<Landing> landings;

    @GET
    @Produces("text/html")
    @Operation(hidden = true)
    public Response home(@HeaderParam("Accept-Language") String acceptLanguage) {
        for (Landing landing : landings) {
            Optional<URI> target = landing.redirect();
            if (target.isPresent()) {
                return Response.seeOther(target.get()).build();
            }
        }
        Messages messages = Messages.forAcceptLanguage(acceptLanguage);
        String body = "<div class=\"page\">"
                + "<h1>" + Html.escape(messages.get("home.title")) + "</h1>"
                + "<p>" + Html.escape(messages.get("home.lead")) + "</p>"
                + "<h2>" + Html.escape(messages.get("home.admins")) + "</h2>"
                + "<p>" + Html.escape(messages.get("home.register", installation.url("/lti/register"))) + "</p>"
                + "</div>";
        return Page.in(messages).title(messages.get("home.title")).body(body).render();
    }
}
