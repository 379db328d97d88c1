package org.dunwell.acceptance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fictional Kestrel Credit Bureau's API as docs/plugins.md describes it, on a free local port: a
 * client-credentials token endpoint and {@code GET /v1/reports}. {@code answer} sets what the reports endpoint says
 * next (200 with a report, 404, or an error status); every request's path and query is kept.
 */
final class StubKestrelBureau implements AutoCloseable {

    static final String CLIENT_ID = "dunwell-it";
    static final String CLIENT_SECRET = "kestrel-it-secret";

    private final HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger tokens = new AtomicInteger();
    final List<String> requests = new CopyOnWriteArrayList<>();

    StubKestrelBureau() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth/token", this::token);
        server.createContext("/v1/reports", this::report);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(int next) {
        status.set(next);
    }

    int tokensIssued() {
        return tokens.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !body.contains("grant_type=client_credentials")) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        tokens.incrementAndGet();
        send(exchange, 200, "{\"access_token\":\"kestrel-token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void report(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        if (!"Bearer kestrel-token-1".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        int next = status.get();
        if (next != 200) {
            send(exchange, next, "{\"error\":\"as the test asked\"}");
            return;
        }
        send(exchange, 200, """
                {"reportId":"KR-2026-0042","reportDate":"2026-12-01",
                 "company":{"id":"KB-88123","name":"KESTREL VIEW OF THE CUSTOMER"},
                 "score":{"value":512,"worst":100,"best":600},"rating":"A2",
                 "recommendedLimit":{"amount":"37500.00","currency":"EUR"}}""");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
