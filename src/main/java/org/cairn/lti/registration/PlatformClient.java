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
import org.cairn.infra.i18n.Phrase;
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
        return exchange(request.build(), Phrase.of("register.server.doing.configuration", uri.toString()));
    }

    public JsonNode postRegistration(URI uri, String registrationToken, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("User-Agent", "Cairn LTI tool");
        if (registrationToken != null && !registrationToken.isBlank()) {
            request.header("Authorization", "Bearer " + registrationToken);
        }
        return exchange(request.build(), Phrase.of("register.server.doing.register", uri.toString()));
    }

    private JsonNode exchange(HttpRequest request, Phrase doing) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new RegistrationFailed(Reason.UNREACHABLE, Phrase.of("register.server.failed.timeout", doing));
        } catch (IOException e) {
            throw new RegistrationFailed(Reason.UNREACHABLE, Phrase.of("register.server.failed.connect", doing,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationFailed(Reason.UNREACHABLE, Phrase.of("register.server.failed.interrupted", doing));
        }
        byte[] body = read(response, doing);
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            throw new RegistrationFailed(Reason.PLATFORM_REFUSED, Phrase.of("register.server.failed.redirect",
                    String.valueOf(status), response.headers().firstValue("Location").orElse("—"), doing));
        }
        if (status < 200 || status >= 300) {
            throw new RegistrationFailed(Reason.PLATFORM_REFUSED, Phrase.of("register.server.failed.status",
                    String.valueOf(status), doing, platformMessage(body)));
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new RegistrationFailed(status == 200 && request.method().equals("GET") ? Reason.INVALID_CONFIGURATION
                    : Reason.INVALID_RESPONSE, Phrase.of("register.server.failed.notJson", doing));
        }
    }

    /** Reads at most maxBytes + 1; a body that trickles past the timeout is cut off by closing the stream. */
    private byte[] read(HttpResponse<InputStream> response, Phrase doing) {
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
            throw new RegistrationFailed(Reason.UNREACHABLE, Phrase.of("register.server.failed.slowAnswer",
                    String.valueOf(timeout.toSeconds()), doing));
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

    private RegistrationFailed oversize(Phrase doing) {
        return new RegistrationFailed(Reason.OVERSIZE, Phrase.of("register.server.failed.oversize", doing,
                String.valueOf(maxBytes / 1024)));
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
