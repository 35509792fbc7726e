package org.cairn.mastery.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cairn.mastery.control.DistrictRecomputeRuns;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.mastery.control.DistrictMastery;
import org.cairn.tenancy.control.Registrations;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Mastery of a whole tenant (a district) for the operator: recompute every course, and the per-standard summary
 * of a school (a deployment) or of the district. Under /api/v1/admin, so behind the operator's HTTP Basic
 * ({@link org.cairn.tenancy.boundary.AdminAccess}).
 */
@Path("/api/v1/admin/registrations/{registrationId}/mastery")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictMasteryResource {

    @Inject
    DistrictRecomputeJobs jobs;

    @Inject
    DistrictRecomputeRuns runs;

    @Inject
    DistrictMastery district;

    @Inject
    Registrations registrations;

    @POST
    @Path("recompute")
    @Operation(summary = "Start recomputing the mastery of every course of the registration, course by course, in the"
            + " background (minutes on a large district): 202 with the run's state and its address; 409 when one runs")
    public Response recompute(@PathParam("registrationId") UUID registrationId, @Context UriInfo uri) {
        requireRegistration(registrationId);
        DistrictRecomputeRuns.Run run = jobs.start(registrationId);
        return Response.accepted(run).location(uri.getAbsolutePath()).build();
    }

    @GET
    @Path("recompute")
    @Operation(summary = "The running or last mastery recompute of the registration: status (RUNNING, DONE, FAILED),"
            + " courses walked of the total, pairs recomputed, rows written, courses that failed")
    public DistrictRecomputeRuns.Run recomputeStatus(@PathParam("registrationId") UUID registrationId,
                                                     @Context HttpHeaders headers) {
        requireRegistration(registrationId);
        // Why a run stopped, in the language the operator's page asks for (api.js sends it), as for problems.
        return runs.find(registrationId, Messages.accepted(headers.getHeaderString("Accept-Language")))
                .orElseThrow(() -> ProblemException.notFound(
                        Phrase.of("mastery.problem.notRecomputedYet", String.valueOf(registrationId))));
    }

    @GET
    @Path("standards")
    @Transactional
    @Operation(summary = "Per prioritized standard: students with a level, at mastery, and per level, over a deployment"
            + " (a school) or the whole registration")
    public List<DistrictMastery.StandardSummary> standards(@PathParam("registrationId") UUID registrationId,
                                                           @QueryParam("deployment") UUID deploymentId,
                                                           @Context HttpHeaders headers) {
        requireRegistration(registrationId);
        if (deploymentId != null && registrations.deployment(deploymentId)
                .filter(d -> d.registrationId().equals(registrationId)).isEmpty()) {
            throw ProblemException.notFound(Phrase.of("mastery.problem.noDeployment", String.valueOf(registrationId),
                    String.valueOf(deploymentId)));
        }
        // The operator's page sends its language (api.js), as for problems.
        return district.byStandard(registrationId, Optional.ofNullable(deploymentId),
                Messages.accepted(headers.getHeaderString("Accept-Language")));
    }

    private void requireRegistration(UUID registrationId) {
        if (registrations.find(registrationId).isEmpty()) {
            throw ProblemException.notFound(Phrase.of("mastery.problem.noRegistration", String.valueOf(registrationId)));
        }
    }
}
