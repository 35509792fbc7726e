package org.cairn.sandbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.cairn.sandbox.control.Faults;
import org.cairn.sandbox.entity.Fault;

/**
 * Applies an armed fault knob to one service call: an error answer, a malformed one, or a delay before the normal
 * answer.
 */
@ApplicationScoped
public class FaultInjection {

    private static final Logger LOG = Logger.getLogger(FaultInjection.class.getName());

    @Inject
    Faults faults;

    /** The error answer this call must give instead of its own, if a fault is armed for the target. */
    public Optional<Response> apply(Fault.Target target) {
        Optional<Fault> fault = faults.take(target);
        if (fault.isEmpty()) return Optional.empty();
        Fault f = fault.get();
        LOG.info(() -> "Sandbox fault on " + target + ": " + f.kind());
        if (f.slow()) {
            try {
                // A slow LMS is the fault asked for: the delay is the point.
                TimeUnit.MILLISECONDS.sleep(f.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
        if (f.malformed()) {
            // A 200 whose JSON stops half-way: what a proxy cutting a response short, or a buggy LMS, delivers.
            return Optional.of(Response.ok("{\"id\": \"sandbox\", \"members\": [{\"user_id\": ")
                    .type("application/json").header("Cache-Control", "no-store").build());
        }
        Response.ResponseBuilder answer = Response.status(f.status()).type("application/json")
                .header("Cache-Control", "no-store")
                .entity(Map.of("error", f.status() == 429 ? "rate_limited" : "unavailable",
                        "error_description", "Sandbox fault knob: " + f.kind() + " on " + target.name().toLowerCase()));
        if (f.retryAfterSeconds() > 0) answer.header("Retry-After", Integer.toString(f.retryAfterSeconds()));
        return Optional.of(answer.build());
    }
}
