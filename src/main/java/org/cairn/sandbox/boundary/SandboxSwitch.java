package org.cairn.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cairn.infra.config.Installation;

/**
 * With the sandbox off (cairn.sandbox.enabled=false, the default in production) every /sandbox/** path
 * answers 404 as if it did not exist: no platform keys, no OIDC endpoint, nothing a stranger could use.
 */
@WebFilter(urlPatterns = {"/sandbox", "/sandbox/*"}, asyncSupported = true)
public class SandboxSwitch extends HttpFilter {

    @Inject
    Installation installation;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (installation.sandboxEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(404);
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"type\":\"urn:cairn:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"There is nothing at this address.\"}");
    }
}
