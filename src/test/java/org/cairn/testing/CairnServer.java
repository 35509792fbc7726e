package org.cairn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real Cairn WAR in a real Payara Micro process, as the run command starts it, on a free loopback port and
 * its own database. Integration tests share one per configuration ({@link #shared}) because a start costs
 * about ten seconds; a test that needs other settings or a kill -9 starts its own ({@link #start}).
 */
public final class CairnServer implements AutoCloseable {

    private static final Map<String, CairnServer> SHARED = new ConcurrentHashMap<>();
    /** Generous: on a loaded machine (several builds at once) Payara Micro alone has taken two minutes to start. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("cairn.it.ready-seconds", 300));

    private final String name;
    private final Path folder;
    private final TestDatabase database;
    private Map<String, String> settings;
    private final int port;
    private Process process;
    private int starts;

    private CairnServer(String name, Map<String, String> settings) {
        this.name = name;
        this.folder = Paths.get(System.getProperty("cairn.it.workdir", "target/it"), TestDatabase.kind(), name)
                .toAbsolutePath();
        this.settings = Map.copyOf(settings);
        this.port = freePort();
        try {
            deleteRecursively(folder);
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.database = TestDatabase.create(name, folder);
    }

    /** The default Cairn of this test run (development mode, sandbox on), started on first use. */
    public static CairnServer shared() {
        return shared("shared", Map.of());
    }

    /** One Cairn per name and settings for the whole test JVM; stopped when the JVM exits. */
    public static CairnServer shared(String name, Map<String, String> settings) {
        return SHARED.computeIfAbsent(name, n -> {
            CairnServer server = new CairnServer(n, settings);
            server.startProcess();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        });
    }

    /** A Cairn of the test's own, with extra settings (environment variables such as CAIRN_MODE). */
    public static CairnServer start(String name, Map<String, String> settings) {
        CairnServer server = new CairnServer(name, settings);
        server.startProcess();
        return server;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public URI uri(String path) {
        return URI.create(baseUri() + path);
    }

    public int port() {
        return port;
    }

    public TestDatabase database() {
        return database;
    }

    public Path folder() {
        return folder;
    }

    public Path log() {
        return folder.resolve("server-" + starts + ".log");
    }

    /** Ends the process the way a power cut would: no shutdown hooks, no flushing. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
        forgetStaleH2Lock();
    }

    /**
     * H2's AUTO_SERVER mode (which lets tests read the database while Cairn runs) leaves a lock file naming the
     * dead process's TCP port; the next start would try to reach it during deployment and fail. Cairn itself
     * runs H2 without AUTO_SERVER, whose lock dies with the process.
     */
    private void forgetStaleH2Lock() {
        try {
            Files.deleteIfExists(folder.resolve("data/cairn.lock.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts again on the same port and database, after {@link #kill} or {@link #close}. */
    public void restart() {
        kill();
        startProcess();
    }

    /** Starts again on the same port and database with other settings (e.g. the sandbox turned off). */
    public void restart(Map<String, String> newSettings) {
        close();
        forgetStaleH2Lock();
        settings = Map.copyOf(newSettings);
        startProcess();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startProcess() {
        starts++;
        // Payara Micro redeploys the WAR it kept in its root folder and then deploys --deploy again: two deployments
        // of one app, the second answering 503 (or failing on the first one's H2 server) after /health/ready said UP.
        // The database and keys live in data/, which stays.
        try {
            deleteRecursively(folder.resolve("payara"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                "-jar", required("payara.micro.jar"),
                "--deploy", required("cairn.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--interfaces", "127.0.0.1", "--nohazelcast",
                "--rootDir", folder.resolve("payara").toString(),
                "--prebootcommandfile", required("cairn.preboot")));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("CAIRN_"));
        Map<String, String> defaults = new HashMap<>(database.environment());
        defaults.put("CAIRN_BASE_URL", baseUri().toString());
        // Development mode on both databases, so the PostgreSQL pass runs the same suite (sandbox on);
        // tests of production behaviour start their own server with CAIRN_MODE=production.
        defaults.put("CAIRN_MODE", "development");
        environment.putAll(defaults);
        environment.putAll(settings);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro", e);
        }
        awaitReady();
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        HttpRequest ready = HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        int backoffMillis = 100;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Cairn " + name + " exited during start-up:\n" + logTail());
            }
            // Payara stays up when the WAR fails to deploy (a start-up check refused to start Cairn): say so now
            // rather than after READY_WITHIN.
            if (deployFailed()) {
                kill();
                throw new IllegalStateException("Cairn " + name + " failed to deploy:\n" + logTail());
            }
            try {
                // Payara answers /health/ready with UP before the WAR's own checks exist: wait for Cairn's database check.
                HttpResponse<String> answer = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Cairn", e);
            }
            // Polling a child process's readiness: the condition is the HTTP answer, the pause only paces it.
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(backoffMillis).toNanos());
            backoffMillis = Math.min(backoffMillis * 2, 500);
        }
        kill();
        throw new IllegalStateException("Cairn " + name + " was not ready within " + READY_WITHIN + ":\n" + logTail());
    }

    private boolean deployFailed() {
        try {
            return Files.exists(log()) && Files.readString(log()).contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String logText() {
        try {
            return Files.readString(log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run integration tests "
                    + "with Maven (mvn verify), which sets it");
        }
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
