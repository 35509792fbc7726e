package org.cairn.tenancy.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cairn.infra.i18n.Messages;
import org.cairn.tenancy.tokens.FakePlatform.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceCallsTest {

    private static final Set<String> SCOPES = Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score");

    private final FakePlatform platform = new FakePlatform();
    private final FakePlatform.MutableClock clock = new FakePlatform.MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final ServiceCalls calls = platform.calls(clock);
    private final List<Duration> waits = new ArrayList<>();
    private final ServiceCalls.Retries inline = new ServiceCalls.Retries(3,
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), new Random(1)), Duration.ofSeconds(30), waits::add);

    @AfterEach
    void stop() {
        platform.close();
    }

    private HttpRequest.Builder get() {
        return HttpRequest.newBuilder(platform.uri("/service")).GET();
    }

    @Test
    void sendsTheBearerTokenAndUserAgent() {
        platform.answer("/service", Answer.status(200, "{}"));

        calls.send(platform.client(), SCOPES, get(), ServiceCalls.Retries.none());

        FakePlatform.Received request = platform.received("/service").get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(request.header("User-Agent")).isEqualTo("Cairn-LTI");
    }

    @Test
    void a401DropsTheTokenAndRetriesOnceWithAFreshOne() {
        platform.answer("/service", Answer.status(401, ""), Answer.status(200, "{}"));

        calls.send(platform.client(), SCOPES, get(), ServiceCalls.Retries.none());

        assertThat(platform.received("/service")).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void a401TwiceIsUnauthorized() {
        platform.answer("/service", Answer.status(401, ""));

        assertThatThrownBy(() -> calls.send(platform.client(), SCOPES, get(), inline))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> assertThat(e.kind()).isEqualTo(ServiceCallFailed.Kind.UNAUTHORIZED));
        assertThat(platform.received("/service")).hasSize(2);
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        platform.answer("/service", Answer.status(429, "").withHeader("Retry-After", "7"), Answer.status(200, "{}"));

        calls.send(platform.client(), SCOPES, get(), inline);

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(platform.received("/service")).hasSize(2);
    }

    @Test
    void canvasHistorical403RateLimitIsARateLimit() {
        platform.answer("/service", Answer.status(403, "403 Forbidden (Rate Limit Exceeded)"));

        assertThatThrownBy(() -> calls.send(platform.client(), SCOPES, get(), ServiceCalls.Retries.none()))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ServiceCallFailed.Kind.RATE_LIMITED);
                    assertThat(e.transientFailure()).isTrue();
                });
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimesWithJitteredBackoff() {
        platform.answer("/service", Answer.status(503, ""));

        assertThatThrownBy(() -> calls.send(platform.client(), SCOPES, get(), inline))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> assertThat(e.kind()).isEqualTo(ServiceCallFailed.Kind.SERVER_ERROR));
        assertThat(platform.received("/service")).hasSize(4);
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(waits.get(2)).isBetween(Duration.ZERO, Duration.ofSeconds(4));
    }

    @Test
    void aRetryAfterLongerThanTheLongestWaitFailsAtOnceWithTheDelay() {
        platform.answer("/service", Answer.status(429, "").withHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> calls.send(platform.client(), SCOPES, get(), inline))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(waits).isEmpty();
    }

    @Test
    void otherClientErrorsAreNotRetriedAndQuoteThePlatform() {
        platform.answer("/service", Answer.status(400, "{\"error\":\"userId is not enrolled\"}"));

        assertThatThrownBy(() -> calls.send(platform.client(), SCOPES, get(), inline))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ServiceCallFailed.Kind.CLIENT_ERROR);
                    assertThat(e.transientFailure()).isFalse();
                    assertThat(e.getMessage()).contains("400").contains("userId is not enrolled").doesNotContain("token-1");
                });
        assertThat(platform.received("/service")).hasSize(1);
    }

    @Test
    void aTeacherReadsThePlatformsRefusalInSpanishWithThePlatformsOwnWords() {
        platform.answer("/service", Answer.status(400, "{\"error\":\"userId is not enrolled\"}"));

        assertThatThrownBy(() -> calls.send(platform.client(), SCOPES, get(), inline))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("GET " + platform.uri("/service")
                            + ": the LMS refused the request with HTTP 400: {\"error\":\"userId is not enrolled\"}");
                    var spanish = e.problem().in(Messages.SPANISH);
                    assertThat(spanish.detail()).isEqualTo("GET " + platform.uri("/service")
                            + ": el LMS rechazó la solicitud con HTTP 400: {\"error\":\"userId is not enrolled\"}");
                    assertThat(spanish.title()).isEqualTo("Falló una llamada a un servicio del LMS");
                });
    }

    @Test
    void aRateLimitWithAPauseReadsInSpanish() {
        platform.answer("/service", Answer.status(429, "").withHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> calls.send(platform.client(), SCOPES, get(), inline))
                .isInstanceOfSatisfying(ServiceCallFailed.class, e -> {
                    assertThat(e.getMessage()).endsWith(": the LMS is rate limiting Cairn (HTTP 429); it asked for a pause of 3600 s");
                    assertThat(e.problem().in(Messages.SPANISH).detail()).endsWith(": el LMS está limitando la frecuencia de "
                            + "las solicitudes de Cairn (HTTP 429); pidió una pausa de 3600 s");
                });
    }
}
