package org.cairn.infra.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.cairn.infra.config.RuntimeMode;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code Server-Timing: app;dur=<ms>} on every API answer (W3C Server Timing): the time from JAX-RS receiving the
 * request to the resource's answer, session check, transaction and database reads included, JSON writing and the
 * network not. Load scripts on a busy machine read it to tell the server's time from the client's; browsers show it
 * in their developer tools. Development mode only ({@code cairn.mode}): on a public production install, exact server
 * times would make timing attacks easier.
 */
@Provider
@PreMatching
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName() + ".started";

    /** Read from MicroProfile Config as {@link org.cairn.infra.config.Installation} does (JAX-RS creates providers). */
    private final boolean on = RuntimeMode.resolve(
            ConfigProvider.getConfig().getOptionalValue("cairn.mode", String.class).orElse(null),
            ConfigProvider.getConfig().getOptionalValue("cairn.db.url", String.class).orElse(null)).isDevelopment();

    @Override
    public void filter(ContainerRequestContext request) {
        if (on) request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().add("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
        }
    }
}
