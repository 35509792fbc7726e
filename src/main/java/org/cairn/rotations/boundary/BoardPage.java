package org.cairn.rotations.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The classroom board's pop-out window. The page carries no token and no rotation id in its URL (so nothing secret
 * reaches a log): the teacher's course page that opened it hands both over by postMessage, origin-checked on both
 * sides, and the board then reads the API with the teacher's bearer token like any view.
 */
@Path("/rotations/board")
public class BoardPage {

    @GET
    @Produces("text/html")
    @Operation(hidden = true)
    public Response board(@HeaderParam("Accept-Language") String acceptLanguage) {
        Messages messages = Messages.forAcceptLanguage(acceptLanguage);
        return Page.in(messages).title(messages.get("rotations.board.title"))
                .body("<cairn-rotation-board><p role=\"status\">" + Html.escape(messages.get("rotations.board.waiting"))
                        + "</p></cairn-rotation-board>")
                .module("/static/js/rotations/board.js").privateAndUncached().render();
    }
}
