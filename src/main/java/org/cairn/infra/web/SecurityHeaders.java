package org.cairn.infra.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cairn.infra.config.Installation;

/**
 * Headers on every response. Cairn lives in LMS iframes, so it never sends {@code X-Frame-Options: DENY};
 * instead {@code frame-ancestors} lists this install, the configured origins and every registered platform.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    @Inject
    Installation installation;

    @Inject
    Instance<FramingOrigins> framingOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String frameAncestors = "frame-ancestors " + String.join(" ", frameAncestors());
        response.setHeader(CSP, frameAncestors);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, new FrameAncestorsKept(response, frameAncestors));
    }

    private static final String CSP = "Content-Security-Policy";

    /** A page that sets its own policy (script nonces) keeps the frame-ancestors directive. */
    static final class FrameAncestorsKept extends HttpServletResponseWrapper {

        private final String frameAncestors;

        FrameAncestorsKept(HttpServletResponse response, String frameAncestors) {
            super(response);
            this.frameAncestors = frameAncestors;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? withFrameAncestors(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, withFrameAncestors(value));
            } else {
                super.addHeader(name, value);
            }
        }

        private String withFrameAncestors(String policy) {
            return policy == null || policy.contains("frame-ancestors") ? policy : policy + "; " + frameAncestors;
        }
    }

    Set<String> frameAncestors() {
        Set<String> origins = new LinkedHashSet<>();
        origins.add("'self'");
        origins.addAll(installation.extraFrameAncestors());
        for (FramingOrigins source : framingOrigins) {
            origins.addAll(source.origins());
        }
        return origins;
    }
}
