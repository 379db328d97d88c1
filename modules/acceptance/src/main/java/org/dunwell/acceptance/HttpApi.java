package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small HTTP client for the in-server tests: calls the started test server as a given
 * demo user and reads JSON answers.
 */
public final class HttpApi {

    public static final String BASE = System.getProperty("dunwell.it.baseUrl", "http://localhost:9180");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.getLong("dunwell.it.readyTimeoutSeconds", 180));

    /** Checks every answer gets, once it is read (the in-server tests: against the published OpenAPI document). */
    private static final List<Consumer<Answer>> CHECKS = new CopyOnWriteArrayList<>();

    static {
        awaitReady();
    }

    /** Adds a check that every answer this client reads from now on must pass. */
    public static void checkEveryAnswer(Consumer<Answer> check) {
        if (!CHECKS.contains(check)) {
            CHECKS.add(check);
        }
    }

    /**
     * Waits until the server's readiness check answers 200: the build starts Liberty, which
     * reports "started" before the application has run its migrations.
     */
    public static void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the server at " + BASE + " did not become ready in " + READY_TIMEOUT
                + ": " + last);
    }

    private final String user;

    private HttpApi(String user) {
        this.user = user;
    }

    public static HttpApi as(String user) {
        return new HttpApi(user);
    }

    public static HttpApi anonymous() {
        return new HttpApi(null);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public Answer post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Answer postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public Answer putJson(String path, String ifMatch, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** Any method with a JSON body and, when given, an If-Match header. */
    public Answer request(String method, String path, String ifMatch, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** Any method, any headers, any body (null: none) as they are: what a fuzzer sends. */
    public Answer exchange(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** A JSON POST that asks the test server for a fault (header Dunwell-Test-Fault: fail-to-start, fail-after-pages=N). */
    public Answer postJsonWithFault(String path, String json, String fault) {
        return exchange("POST", path, Map.of("Content-Type", "application/json", "Dunwell-Test-Fault",
                fault), json);
    }

    /** A GET whose answer is binary (a PDF): the response as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer withPassword(String path, String password) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user, password)).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            builder.header("Authorization", basic(user, user + "-pw"));
        }
        return builder;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            Answer answer = new Answer(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
            CHECKS.forEach(check -> check.accept(answer));
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with helpers for JSON bodies. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        /** Asserts a problem+json answer of the given status, and returns its body. */
        public JsonObject assertProblem(int status) {
            assertThat(status()).as("status of %s: %s", response.uri(), body()).isEqualTo(status);
            assertThat(header("Content-Type")).as("content type").startsWith("application/problem+json");
            JsonObject problem = json();
            assertThat(problem.getInt("status")).isEqualTo(status);
            assertThat(problem.getString("type")).startsWith("https://dunwell.org/problems/");
            assertThat(problem.getString("title")).isNotBlank();
            assertThat(problem.getString("detail")).isNotBlank();
            return problem;
        }

        public Answer assertStatus(int status) {
            assertThat(status()).as("status of %s: %s", response.uri(), body()).isEqualTo(status);
            return this;
        }
    }
}
