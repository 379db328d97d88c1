package org.dunwell.plugin.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A vendor's HTTP service in a plugin's test, on a free port of 127.0.0.1: each path prefix answers what the test set
 * last ({@link #answer}), and every request is kept ({@link #requests}) with its method, URI, Authorization header
 * and body. A path nobody set answers 404.
 */
public final class StubHttpService implements AutoCloseable {

    /** A request as the service received it. */
    public record Received(String method, String uri, String authorization, String body) {
    }

    private record Reply(int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public StubHttpService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // a slow answer must not hold up the next request
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "stub-http-service");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** {@code http://127.0.0.1:port}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on, requests whose path starts with {@code pathPrefix} get this status and JSON body. */
    public StubHttpService answer(String pathPrefix, int status, String json) {
        replies.put(pathPrefix, new Reply(status, json, Duration.ZERO));
        return this;
    }

    /** From now on, requests whose path starts with {@code pathPrefix} are answered only after {@code delay}. */
    public StubHttpService answerAfter(String pathPrefix, Duration delay, int status, String json) {
        replies.put(pathPrefix, new Reply(status, json, delay));
        return this;
    }

    public List<Received> requests() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        String path = exchange.getRequestURI().getPath();
        Reply reply = replies.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue).orElse(new Reply(404, "{\"error\":\"not found\"}", Duration.ZERO));
        if (!reply.delay().isZero()) {
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
