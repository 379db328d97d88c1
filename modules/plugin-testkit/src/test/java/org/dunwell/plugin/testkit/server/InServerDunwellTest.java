package org.dunwell.plugin.testkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-server tier's client against a fake of the few Dunwell endpoints it uses. */
class InServerDunwellTest {

    private HttpServer server;
    private final AtomicInteger readyCalls = new AtomicInteger();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private InServerDunwell dunwell;

    @BeforeEach
    void aFakeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/ready", e -> send(e, readyCalls.incrementAndGet() < 3 ? 503 : 200, "{}", null));
        server.createContext("/api/v1/plugins", this::plugins);
        server.start();
        dunwell = InServerDunwell.at(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void plugins(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " "
                + exchange.getRequestHeaders().getFirst("If-Match"));
        if (path.equals("/api/v1/plugins")) {
            send(exchange, 200, "[{\"breaker\":{\"state\":\"CLOSED\"},\"id\":\"bureau-a\",\"provides\":[\"X\"],"
                    + "\"state\":\"started\"},{\"breaker\":{\"state\":\"OPEN\"},\"id\":\"bureau-b\","
                    + "\"reason\":\"needs 2.0.0\",\"state\":\"failed\"}]", null);
        } else if (exchange.getRequestMethod().equals("GET")) {
            send(exchange, 200, "{\"enabled\":false}", "\"3\"");
        } else {
            send(exchange, "\"3\"".equals(exchange.getRequestHeaders().getFirst("If-Match")) ? 200 : 412,
                    "{\"enabled\":true}", "\"4\"");
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String etag) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void waitsUntilTheServerIsReady() {
        dunwell.awaitReady(Duration.ofSeconds(20));
        assertEquals(3, readyCalls.get());
    }

    @Test
    void aServerThatNeverGetsReadyFailsTheTestNamingWhy() {
        readyCalls.set(-1_000_000);
        AssertionError error = assertThrows(AssertionError.class, () -> dunwell.awaitReady(Duration.ofSeconds(2)));
        assertTrue(error.getMessage().contains("503"), error.getMessage());
    }

    @Test
    void readsEachPluginsOwnStateNotItsBreakers() {
        assertEquals(Optional.of("started"), dunwell.pluginState("bureau-a"));
        assertEquals(Optional.of("failed"), dunwell.pluginState("bureau-b"));
        assertEquals(Optional.empty(), dunwell.pluginState("bureau-c"));
    }

    @Test
    void configuresAtTheVersionTheServerGaveAsTheAdministrator() {
        InServerDunwell.Answer answer = dunwell.as("clerk").configure("bureau-a", "IT01",
                "{\"enabled\":true,\"reason\":\"test\"}");
        assertEquals(200, answer.status());
        assertEquals(Optional.of("\"4\""), answer.header("etag"));
        String admin = "Basic YWRtaW46YWRtaW4tcHc=";
        assertEquals(List.of("GET /api/v1/plugins/bureau-a/configuration?company=IT01 " + admin + " null",
                "PUT /api/v1/plugins/bureau-a/configuration?company=IT01 " + admin + " \"3\""), seen);
        assertThrows(AssertionError.class, () -> answer.expect(201));
    }
}
