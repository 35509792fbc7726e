package org.cairn.mastery.boundary;

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
    RecomputeDistrict recompute;

    @Inject
    DistrictMastery district;

    @Inject
    Registrations registrations;

    @POST
    @Path("recompute")
    @Operation(summary = "Recompute the mastery of every course of the registration, course by course (may take minutes)")
    public RecomputeDistrict.Recomputed recompute(@PathParam("registrationId") UUID registrationId) {
        requireRegistration(registrationId);
        return recompute.recompute(registrationId);
    }

    @GET
    @Path("standards")
    @Transactional
    @Operation(summary = "Per prioritized standard: students with a level, at mastery, and per level, over a deployment"
            + " (a school) or the whole registration")
    public List<DistrictMastery.StandardSummary> standards(@PathParam("registrationId") UUID registrationId,
                                                           @QueryParam("deployment") UUID deploymentId) {
        requireRegistration(registrationId);
        if (deploymentId != null && registrations.deployment(deploymentId)
                .filter(d -> d.registrationId().equals(registrationId)).isEmpty()) {
            throw ProblemException.notFound("registration " + registrationId + " has no deployment " + deploymentId);
        }
        return district.byStandard(registrationId, Optional.ofNullable(deploymentId));
    }

    private void requireRegistration(UUID registrationId) {
        if (registrations.find(registrationId).isEmpty()) {
            throw ProblemException.notFound("no registration " + registrationId);
        }
    }
}
