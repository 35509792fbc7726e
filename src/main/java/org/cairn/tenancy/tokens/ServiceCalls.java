package org.cairn.tenancy.tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;

/**
 * Sends one LMS service request with a bearer token and the rules every service shares:
 * <ul>
 * <li>401: drop the token, get a fresh one and try once more (lti-checklist "Services");</li>
 * <li>429, Canvas's historical 403 "Rate Limit Exceeded", 5xx and no answer: transient; with inline
 * {@link Retries} they are retried after {@code Retry-After} or a jittered backoff, a bounded number of times;
 * without (the score outbox reschedules instead of waiting) they fail at once with the delay the platform asked
 * for;</li>
 * <li>any other 4xx: a {@link ServiceCallFailed.Kind#CLIENT_ERROR} naming the status and a short body excerpt.</li>
 * </ul>
 */
public class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class.getName());
    private static final int BODY_EXCERPT = 300;

    /** Waits between inline retries; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }

    /** How many times a transient failure is retried in place, and the longest single wait accepted. */
    public record Retries(int max, Backoff backoff, Duration longestWait, Sleeper sleeper) {
        public static Retries none() {
            return new Retries(0, null, Duration.ZERO, d -> { });
        }
    }

    private final HttpClient http;
    private final ServiceTokens tokens;
    private final Clock clock;
    private final Duration timeout;

    public ServiceCalls(HttpClient http, ServiceTokens tokens, Clock clock, Duration timeout) {
        this.http = Objects.requireNonNull(http);
        this.tokens = Objects.requireNonNull(tokens);
        this.clock = Objects.requireNonNull(clock);
        this.timeout = Objects.requireNonNull(timeout);
    }

    /** An HTTP client with Cairn's connect timeout; redirects are not followed (a bearer token never travels on). */
    public static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> send(ServiceClient client, Set<String> scopes, HttpRequest.Builder request, Retries retries) {
        boolean renewedToken = false;
        int attempt = 0;
        while (true) {
            HttpRequest sent = request.copy()
                    .header("Authorization", "Bearer " + tokens.token(client, scopes).value())
                    .header("User-Agent", ServiceTokens.USER_AGENT)
                    .timeout(timeout)
                    .build();
            ServiceCallFailed failure;
            try {
                HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) return response;
                if (status == 401 && !renewedToken) {
                    // The token may have been revoked or expired early: one fresh token, one more try.
                    LOG.fine(() -> "401 from " + sent.uri() + " for client " + client.clientId() + "; renewing the token");
                    tokens.invalidate(client, scopes);
                    renewedToken = true;
                    continue;
                }
                failure = failure(sent.uri(), response);
            } catch (HttpTimeoutException e) {
                failure = new ServiceCallFailed(ServiceCallFailed.Kind.UNREACHABLE, sent.uri(), 0, Optional.empty(),
                        Phrase.of("tenancy.problem.lmsNoAnswer", sent.method(), String.valueOf(sent.uri()),
                                String.valueOf(timeout.toSeconds())));
            } catch (IOException e) {
                failure = new ServiceCallFailed(ServiceCallFailed.Kind.UNREACHABLE, sent.uri(), 0, Optional.empty(),
                        Phrase.of("tenancy.problem.lmsNotSent", sent.method(), String.valueOf(sent.uri()),
                                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceCallFailed(ServiceCallFailed.Kind.UNREACHABLE, sent.uri(), 0, Optional.empty(),
                        Phrase.of("tenancy.problem.lmsInterrupted", String.valueOf(sent.uri())));
            }
            if (!failure.transientFailure() || failure.kind() == ServiceCallFailed.Kind.UNAUTHORIZED
                    || attempt >= retries.max()) {
                throw failure;
            }
            attempt++;
            Duration wait = failure.retryAfter().orElse(retries.backoff().delay(attempt));
            if (wait.compareTo(retries.longestWait()) > 0) throw failure;
            int tried = attempt;
            ServiceCallFailed logged = failure;
            LOG.fine(() -> logged.getMessage() + "; retry " + tried + " of " + retries.max() + " in " + wait);
            try {
                retries.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    /** What a non-2xx answer means. Public for the outbox's classification tests. */
    public ServiceCallFailed failure(URI uri, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        Optional<Duration> retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
        String excerpt = excerpt(body);
        ServiceCallFailed.Kind kind;
        if (status == 401) {
            kind = ServiceCallFailed.Kind.UNAUTHORIZED;
        } else if (status == 429 || (status == 403 && body.contains("Rate Limit Exceeded"))) {
            // Canvas throttled with 403 "403 Forbidden (Rate Limit Exceeded)" before it adopted 429.
            kind = ServiceCallFailed.Kind.RATE_LIMITED;
        } else if (status >= 500 || status == 408) {
            kind = ServiceCallFailed.Kind.SERVER_ERROR;
        } else {
            kind = ServiceCallFailed.Kind.CLIENT_ERROR;
        }
        String method = response.request().method();
        String at = String.valueOf(uri);
        String code = String.valueOf(status);
        Phrase what = switch (kind) {
            case UNAUTHORIZED -> Phrase.of("tenancy.problem.lmsRefusedToken", method, at);
            case RATE_LIMITED -> retryAfter.map(d -> Phrase.of("tenancy.problem.lmsRateLimitedPause", method, at, code,
                    String.valueOf(d.toSeconds()))).orElse(Phrase.of("tenancy.problem.lmsRateLimited", method, at, code));
            case SERVER_ERROR -> Phrase.of("tenancy.problem.lmsFailed", method, at, code);
            default -> Phrase.of("tenancy.problem.lmsRefused", method, at, code);
        };
        // The platform's own words (a short excerpt of its body) stay as it wrote them.
        return new ServiceCallFailed(kind, uri, status, retryAfter,
                excerpt.isEmpty() ? what : Phrase.of("tenancy.problem.lmsSaid", what, excerpt));
    }

    private static String excerpt(String body) {
        String text = body.strip();
        if (text.startsWith("<")) return ""; // an HTML error page says nothing a person can act on
        text = text.replaceAll("\\s+", " ");
        return text.length() <= BODY_EXCERPT ? text : text.substring(0, BODY_EXCERPT) + "…";
    }
}
