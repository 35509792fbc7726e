package org.cairn.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.cairn.infra.config.RuntimeMode;
import org.cairn.infra.problem.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback (the far side of a fetch), in development and production mode. */
class FrameworkFetcherTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answer("/package", 200, "application/json; charset=utf-8", "{\"CFDocument\":{}}");
        answer("/page", 200, "text/html", "<html></html>");
        answer("/big", 200, "application/json", "[" + "1,".repeat(600) + "1]");
        answer("/gone", 404, "application/json", "{}");
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "https://elsewhere.example/package");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(String path, int status, String type, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private FrameworkFetcher fetcher(RuntimeMode mode) {
        return new FrameworkFetcher(mode, Set.of(), Duration.ofSeconds(5), 1000);
    }

    private String refusal(RuntimeMode mode, String url) {
        var problem = catchThrowableOfType(() -> fetcher(mode).fetch(url), ProblemException.class);
        assertThat(problem.problem().status()).isEqualTo(422);
        return problem.problem().detail();
    }

    @Test
    void fetchesAJsonPackageInDevelopment() {
        assertThat(fetcher(RuntimeMode.DEVELOPMENT).fetch(base + "/package")).isEqualTo("{\"CFDocument\":{}}");
    }

    @Test
    void refusesLoopbackAndHttpInProduction() {
        assertThat(refusal(RuntimeMode.PRODUCTION, base + "/package")).contains("The framework URL").contains("not https")
                .doesNotContain("registration");
        assertThat(refusal(RuntimeMode.PRODUCTION, "https://127.0.0.1:1/package")).contains("127.0.0.1")
                .contains("cairn.competency.trusted-hosts");
    }

    @Test
    void saysWhatTheUrlAnsweredInsteadOfAPackage() {
        assertThat(refusal(RuntimeMode.DEVELOPMENT, base + "/page")).contains("Content-Type 'text/html'");
        assertThat(refusal(RuntimeMode.DEVELOPMENT, base + "/gone")).contains("HTTP 404");
        assertThat(refusal(RuntimeMode.DEVELOPMENT, base + "/moved")).contains("302").contains("https://elsewhere.example/package");
        assertThat(refusal(RuntimeMode.DEVELOPMENT, base + "/big")).contains("larger than 1000 bytes");
        assertThat(refusal(RuntimeMode.DEVELOPMENT, "ftp://127.0.0.1/x")).contains("not an absolute http(s) URL");
    }

    @Test
    void aSpanishPageReadsWhatTheUrlAnsweredInSpanish() {
        var problem = catchThrowableOfType(() -> fetcher(RuntimeMode.DEVELOPMENT).fetch(base + "/page"),
                ProblemException.class).problem().in(Messages.SPANISH);

        assertThat(problem.detail()).isEqualTo("La URL del marco " + base + "/page respondió con Content-Type "
                + "'text/html', no con un paquete CASE (application/json). Usa la URL del CFPackage de un proveedor CASE.");
        assertThat(problem.title()).isEqualTo("No se pudo obtener el marco");
    }
}
