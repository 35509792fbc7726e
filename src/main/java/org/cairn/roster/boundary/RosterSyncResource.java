package org.cairn.roster.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.roster.entity.RosterSync;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current course's roster sync from the LMS: its progress and outcome, and "sync now" (teachers only). */
@Path("/api/v1/courses/current/roster/sync")
public class RosterSyncResource {

    @Inject
    CourseAccess access;

    @Inject
    RosterSyncSteps steps;

    @Inject
    RosterSyncing syncing;

    /**
     * What the teacher's page shows: status, members read so far, pages, counts, last success, a message; and the
     * kind of read ({@code mode} FULL or DIFFERENCES, null before the first sync), why it was a full one
     * ({@code fullReason}), and why a differences read failed when the sync fell back to a full one. The message and
     * the differences failure are in the reader's language (the session's locale); what the LMS itself answered
     * (an HTTP status, the start of its body) stays in its words inside them.
     */
    public record SyncView(String status, int membersSeen, int pages, int activeMembers, int inactiveMembers,
                           Instant requestedAt, Instant startedAt, Instant finishedAt, Instant lastSuccessAt,
                           String message, String mode, String fullReason, String differencesFailure) {

        static SyncView of(RosterSync sync, Locale reader) {
            return new SyncView(sync.status().name(), sync.membersSeen(), sync.pages(), sync.activeMembers(),
                    sync.leftMembers(), sync.requestedAt(), sync.startedAt(), sync.finishedAt(),
                    sync.lastSuccessAt(), sync.message().map(m -> m.in(reader)).orElse(null),
                    sync.mode().map(Enum::name).orElse(null), sync.fullReason().map(Enum::name).orElse(null),
                    sync.differencesFailure().map(f -> f.in(reader)).orElse(null));
        }

        static SyncView never() {
            return new SyncView("NEVER", 0, 0, 0, 0, null, null, null, null, null, null, null, null);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress and outcome of the current course's roster sync (teachers only)")
    public SyncView status() {
        access.requireTeacher();
        return steps.status(access.courseId()).map(s -> SyncView.of(s, access.locale())).orElseGet(SyncView::never);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the roster from the LMS now (teachers only): the changes since the last sync when "
            + "the LMS offers them, the whole roster with full=true; 202 when started, 409 when one runs")
    public Response syncNow(@QueryParam("full") boolean full) {
        access.requireTeacher();
        if (!syncing.request(access.courseId(), full)) {
            boolean offered = steps.status(access.courseId()).isPresent() || syncing.offersRoster(access.courseId());
            throw ProblemException.conflict(offered ? Phrase.of("roster.problem.syncUnderWay")
                    : Phrase.of("roster.problem.rosterNotOffered"));
        }
        return Response.accepted(status()).build();
    }
}
