package org.cairn.tenancy.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.cairn.infra.config.Installation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP Basic authentication for the operator admin (/admin and /api/v1/admin). Credentials come from
 * cairn.admin.username and cairn.admin.password; development falls back to admin/admin with a warning,
 * production has no default and answers 503 until they are set.
 */
@WebFilter(urlPatterns = {"/admin", "/admin/*", "/api/v1/admin/*"}, asyncSupported = true)
public class AdminAccess extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AdminAccess.class.getName());
    /** Request attribute with the operator's user name, for the audit log. */
    public static final String OPERATOR = "cairn.operator";

    @Inject
    Installation installation;

    @Inject
    @ConfigProperty(name = "cairn.admin.username")
    Optional<String> configuredUsername;

    @Inject
    @ConfigProperty(name = "cairn.admin.password")
    Optional<String> configuredPassword;

    private AdminCredentials credentials;

    @PostConstruct
    void read() {
        credentials = AdminCredentials.resolve(configuredUsername, configuredPassword, installation.mode());
        if (credentials.isDevelopmentDefault()) {
            LOG.warning("The operator admin uses the development default admin/admin: set cairn.admin.username and "
                    + "cairn.admin.password (CAIRN_ADMIN_USERNAME, CAIRN_ADMIN_PASSWORD) before anyone else can reach it");
        } else if (!credentials.isConfigured()) {
            LOG.warning("The operator admin is off: set cairn.admin.username and cairn.admin.password to use /admin");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (!credentials.isConfigured()) {
            problem(response, 503, "admin-not-configured", "The operator admin is not configured",
                    "admin is not configured: set cairn.admin.username and cairn.admin.password "
                            + "(CAIRN_ADMIN_USERNAME, CAIRN_ADMIN_PASSWORD) and restart Cairn.");
            return;
        }
        Optional<String> user = credentials.check(request.getHeader("Authorization"));
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Cairn operator admin\", charset=\"UTF-8\"");
            problem(response, 401, "unauthenticated", "Sign-in needed",
                    "The operator admin needs the operator user name and password (HTTP Basic).");
            return;
        }
        request.setAttribute(OPERATOR, user.get());
        chain.doFilter(request, response);
    }

    private static void problem(HttpServletResponse response, int status, String slug, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String json = "{\"type\":\"urn:cairn:problem:" + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
