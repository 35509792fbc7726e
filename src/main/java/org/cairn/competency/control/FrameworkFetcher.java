package org.cairn.competency.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.cairn.infra.config.RuntimeMode;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;
import org.cairn.infra.security.OutboundUrlPolicy;
import org.cairn.infra.security.UrlRefused;

/**
 * Fetches a CASE package from a URL a teacher typed: the same server-side request forgery rules as Dynamic
 * Registration ({@link OutboundUrlPolicy}: in production only https to public addresses unless the operator
 * trusts the host), no redirects followed, a connect and a total timeout, a size cap read as the bytes arrive, and
 * a JSON content type. Every failure is a 422 problem saying what the URL did.
 */
public final class FrameworkFetcher {

    public static final ProblemType FETCH_FAILED = new ProblemType("framework-fetch-failed",
            "The framework could not be fetched");

    private final OutboundUrlPolicy policy;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;

    public FrameworkFetcher(RuntimeMode mode, Set<String> trustedHosts, Duration timeout, int maxBytes) {
        this(OutboundUrlPolicy.of(mode, trustedHosts, "cairn.competency.trusted-hosts"), timeout, maxBytes);
    }

    public FrameworkFetcher(OutboundUrlPolicy policy, Duration timeout, int maxBytes) {
        this.policy = policy;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().connectTimeout(timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout
                : Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The package's text, or a problem naming what went wrong. */
    public String fetch(String url) {
        URI uri = checked(url);
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("Accept", "application/json").header("User-Agent", "Cairn CASE consumer").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw failed(Phrase.of("competency.problem.fetchNoAnswer", uri.toString(), seconds()));
        } catch (IOException e) {
            throw failed(Phrase.of("competency.problem.fetchNoConnection", uri.toString(), e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(Phrase.of("competency.problem.fetchInterrupted", uri.toString()));
        }
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location").orElse(null);
                throw failed(Phrase.of("competency.problem.fetchRedirect", uri.toString(), String.valueOf(status),
                        location == null ? Phrase.of("competency.problem.fetchNowhere") : location));
            }
            if (status != 200) {
                throw failed(Phrase.of("competency.problem.fetchStatus", uri.toString(), String.valueOf(status)));
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!type.contains("json")) {
                throw failed(Phrase.of("competency.problem.fetchContentType", uri.toString(), type));
            }
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw failed(Phrase.of("competency.problem.fetchTooLarge", uri.toString(), String.valueOf(maxBytes)));
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (HttpTimeoutException e) {
            throw failed(Phrase.of("competency.problem.fetchUnfinished", uri.toString(), seconds()));
        } catch (IOException e) {
            throw failed(Phrase.of("competency.problem.fetchReadFailed", uri.toString(), e.getClass().getSimpleName()));
        }
    }

    URI checked(String url) {
        try {
            return policy.check(url, Phrase.of("competency.server.frameworkUrl"));
        } catch (UrlRefused e) {
            throw switch (e.reason()) {
                case MISSING_INPUT -> new ProblemException(ProblemType.INVALID_INPUT, 400,
                        Phrase.of("competency.problem.fetchNoUrl"));
                case UNREACHABLE -> failed(Phrase.of("competency.problem.fetchUnresolved", url));
                default -> failed(Phrase.of("competency.problem.fetchRefused", e.phrase()));
            };
        }
    }

    private String seconds() {
        return String.valueOf(timeout.toSeconds());
    }

    private static ProblemException failed(Phrase detail) {
        return new ProblemException(FETCH_FAILED, 422, detail);
    }
}
