package org.cairn.tenancy.tokens;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform's service endpoints on 127.0.0.1 for tests: an OAuth2 token endpoint handing out "token-N" and
 * scripted answers per path (a queue, the last answer repeating). Records every request it gets.
 */
public final class FakePlatform implements AutoCloseable {

    public static final RSAKey TOOL_KEY;

    static {
        try {
            TOOL_KEY = new RSAKeyGenerator(2048).keyID("cairn-test-key").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One scripted answer. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer json(String mediaType, String body) {
            return new Answer(200, Map.of("Content-Type", mediaType), body);
        }

        public static Answer status(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }

        public Answer withHeader(String name, String value) {
            var all = new java.util.LinkedHashMap<>(headers);
            all.put(name, value);
            return new Answer(status, all, body);
        }
    }

    /** One request as received. */
    public record Received(String method, URI uri, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch hang = new java.util.concurrent.CountDownLatch(1);

    public FakePlatform() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        answer("/token", new Answer(200, Map.of("Content-Type", "application/json"), null));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** Scripts the answers to a path (without query); the last one repeats. */
    public FakePlatform answer(String path, Answer... scripted) {
        answers.put(path, new ArrayDeque<>(List.of(scripted)));
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.uri().getPath().equals(path)).toList();
    }

    public int tokensIssued() {
        return tokens.get();
    }

    public ServiceClient client() {
        return new ServiceClient(UUID.nameUUIDFromBytes(uri("").toString().getBytes(StandardCharsets.UTF_8)),
                uri("").toString(), "cairn-client", uri("/token"), null);
    }

    public ServiceCalls calls(Clock clock) {
        ServiceTokens serviceTokens = new ServiceTokens(() -> TOOL_KEY, clock, Duration.ofSeconds(5));
        return new ServiceCalls(ServiceCalls.httpClient(Duration.ofSeconds(5)), serviceTokens, clock, Duration.ofSeconds(5));
    }

    /** A fixture body with every "http://canvas.docker" or "http://localhost" URL moved to this server. */
    public String fixture(String name) {
        try {
            String text = Files.readString(Path.of("src/test/resources/fixtures/lti", name));
            return text.replace("http://canvas.docker", uri("").toString()).replace("http://localhost", uri("").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        Deque<Answer> queue = answers.get(exchange.getRequestURI().getPath());
        Answer answer;
        if (queue == null) {
            answer = Answer.status(404, "{\"error\":\"no such path\"}");
        } else {
            synchronized (queue) {
                answer = queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        if (answer.status() == 0) {
            // A platform that never answers: hold the exchange until the test ends.
            try {
                hang.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        String text = answer.body();
        if (text == null) {
            text = "{\"access_token\":\"token-" + tokens.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        hang.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private java.time.Instant now;

        public MutableClock(java.time.Instant start) {
            this.now = start;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    static List<String> split(String form, String name) {
        List<String> values = new ArrayList<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                values.add(java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
