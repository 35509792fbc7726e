package org.cairn.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cairn.lti.registration.RegistrationFailed.Reason;

/**
 * The two calls Dynamic Registration makes to a platform, bounded: connect and read timeouts, a size limit
 * on every answer, redirects never followed (a redirect could lead past the URL policy), and the registration
 * token only as a bearer header, never logged.
 */
public final class PlatformClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;

    public PlatformClient(Duration connectTimeout, Duration timeout, int maxBytes) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    public JsonNode getConfiguration(URI uri, String registrationToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json").header("User-Agent", "Cairn LTI tool");
        if (registrationToken != null && !registrationToken.isBlank()) {
            request.header("Authorization", "Bearer " + registrationToken);
        }
        return exchange(request.build(), "fetching the platform's OpenID configuration from " + uri);
    }

    public JsonNode postRegistration(URI uri, String registrationToken, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("User-Agent", "Cairn LTI tool");
        if (registrationToken != null && !registrationToken.isBlank()) {
            request.header("Authorization", "Bearer " + registrationToken);
        }
        return exchange(request.build(), "registering Cairn at " + uri);
    }

    private JsonNode exchange(HttpRequest request, String doing) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new RegistrationFailed(Reason.UNREACHABLE, "The platform did not answer in time while " + doing + ".");
        } catch (IOException e) {
            throw new RegistrationFailed(Reason.UNREACHABLE, "Cairn could not connect to the platform while " + doing
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationFailed(Reason.UNREACHABLE, "Interrupted while " + doing + ".");
        }
        byte[] body = read(response, doing);
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            throw new RegistrationFailed(Reason.PLATFORM_REFUSED, "The platform answered " + status + " (a redirect to "
                    + response.headers().firstValue("Location").orElse("nowhere") + ") while " + doing
                    + "; Cairn does not follow redirects during registration.");
        }
        if (status < 200 || status >= 300) {
            throw new RegistrationFailed(Reason.PLATFORM_REFUSED, "The platform answered " + status + " while " + doing
                    + ": " + platformMessage(body));
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new RegistrationFailed(status == 200 && request.method().equals("GET") ? Reason.INVALID_CONFIGURATION
                    : Reason.INVALID_RESPONSE, "The platform's answer while " + doing + " is not JSON.");
        }
    }

    /** Reads at most maxBytes + 1; a body that trickles past the timeout is cut off by closing the stream. */
    private byte[] read(HttpResponse<InputStream> response, String doing) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        InputStream body = response.body();
        java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            try {
                body.close();
            } catch (IOException ignored) {
                // closing is all we can do
            }
        }, timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try (InputStream in = body) {
            if (declared > maxBytes) {
                throw oversize(doing);
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw oversize(doing);
            }
            return bytes;
        } catch (IOException e) {
            throw new RegistrationFailed(Reason.UNREACHABLE, "The platform's answer did not arrive completely within "
                    + timeout.toSeconds() + " s while " + doing + ".");
        } finally {
            watchdog.cancel(false);
        }
    }

    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "cairn-registration-read-timeout");
                thread.setDaemon(true);
                return thread;
            });

    private RegistrationFailed oversize(String doing) {
        return new RegistrationFailed(Reason.OVERSIZE, "The platform's answer while " + doing + " is larger than "
                + (maxBytes / 1024) + " KiB; Cairn stops reading there.");
    }

    /** The platform's own words (an OAuth error, a message field, or the start of its text), kept short. */
    static String platformMessage(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        try {
            JsonNode json = JSON.readTree(text);
            if (json != null && json.isObject()) {
                for (String field : new String[]{"error_description", "message", "error", "errors"}) {
                    JsonNode value = json.get(field);
                    if (value != null && !value.isNull()) {
                        text = value.isTextual() ? value.asText() : value.toString();
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // not JSON: keep the text
        }
        text = text.replaceAll("\\s+", " ");
        if (text.isEmpty()) return "(no message)";
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
