package org.cairn.tenancy.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator admin page: a shell for the Lit components that call /api/v1/admin. */
@Path("/admin")
public class AdminPage {

    @GET
    @Produces("text/html")
    @Operation(hidden = true)
    public Response page(@HeaderParam("Accept-Language") String acceptLanguage) {
        Messages messages = Messages.forAcceptLanguage(acceptLanguage);
        String body = "<div class=\"page\"><h1>" + Html.escape(messages.get("admin.title")) + "</h1>"
                + "<cairn-admin></cairn-admin></div>";
        return Page.in(messages).title(messages.get("admin.title")).body(body)
                .module("/static/js/admin/admin.js").boot("locale", messages.locale().toLanguageTag())
                .privateAndUncached().render();
    }
}
