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
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.cairn.infra.config.Installation;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP Basic authentication for the operator admin (/admin and /api/v1/admin). Credentials come from
 * cairn.admin.username and cairn.admin.password; development falls back to admin/admin with a warning,
 * production has no default and answers 503 until they are set. Its problems are written here, before JAX-RS
 * (so before {@code ProblemLanguage}), in the language of the request's {@code Accept-Language} as well.
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
            problem(request, response, 503, "admin-not-configured", "The operator admin is not configured",
                    Phrase.of("tenancy.problem.adminNotConfigured"));
            return;
        }
        Optional<String> user = credentials.check(request.getHeader("Authorization"));
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Cairn operator admin\", charset=\"UTF-8\"");
            problem(request, response, 401, "unauthenticated", "Sign-in needed", Phrase.of("tenancy.problem.adminSignIn"));
            return;
        }
        request.setAttribute(OPERATOR, user.get());
        chain.doFilter(request, response);
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String slug,
                                String title, Phrase detail) throws IOException {
        Locale locale = language(request);
        String localTitle = Messages.forLocale(locale).find("problemType." + slug).orElse(title);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        String json = "{\"type\":\"urn:cairn:problem:" + slug + "\",\"title\":\"" + localTitle.replace("\"", "'")
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.in(locale).replace("\"", "'") + "\"}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** As ProblemLanguage decides: the first language the request accepts, English without a header or for any but Spanish. */
    static Locale language(HttpServletRequest request) {
        return Messages.accepted(request.getHeader("Accept-Language"));
    }
}
