package org.dunwell.plugin.testkit.server;

import java.io.IOException;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A started Dunwell server with the plugin under test in its plugins folder, as the plugins' parent POM starts it for
 * {@code *IT} tests (profile {@code dunwell-in-server}; its address in the system property {@code dunwell.it.baseUrl}).
 * Calls go out as one of the demo users of the server's registry (user name and {@code user-pw}): {@code admin} by
 * default, {@link #as(String)} for another ({@code erp} imports, {@code credit} and {@code clerk} ask bureaus and
 * insurers, {@code manager} hands cases to agencies). Answers are the server's own: status, body and headers.
 */
public final class InServerDunwell {

    /** The system property with the server's address. */
    public static final String BASE_URL = "dunwell.it.baseUrl";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([^\"]*)\"");

    /** One answer of the server. */
    public record Answer(int status, String body, Map<String, List<String>> headers) {

        /** The first value of the header, if the answer has it. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst();
        }

        /** This answer, if its status is {@code expected}; otherwise an {@link AssertionError} naming both. */
        public Answer expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but the server answered " + status + ": "
                        + body);
            }
            return this;
        }
    }

    private final URI base;
    private final String user;
    private final HttpClient http;

    private InServerDunwell(URI base, String user, HttpClient http) {
        this.base = base;
        this.user = user;
        this.http = http;
    }

    /** The server at {@code dunwell.it.baseUrl} (by default {@code http://localhost:9380}), as {@code admin}. */
    public static InServerDunwell fromBuild() {
        return at(URI.create(System.getProperty(BASE_URL, "http://localhost:9380")));
    }

    /** The server at {@code base}, as {@code admin}. */
    public static InServerDunwell at(URI base) {
        return new InServerDunwell(base, "admin", HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    /** The same server as another demo user. */
    public InServerDunwell as(String demoUser) {
        return new InServerDunwell(base, demoUser, http);
    }

    /** Waits until the server answers {@code /health/ready} with 200 (the application started and its plugins loaded). */
    public InServerDunwell awaitReady(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new AssertionError("Dunwell at " + base + " was not ready within " + atMost + ": " + last);
    }

    /**
     * PF4J's state of the plugin in the server ({@code started}, {@code disabled}, {@code failed} …), if it lists it:
     * the first {@code state} after the plugin's {@code id} (the server writes each plugin's properties in
     * alphabetical order, its circuit breaker before its id).
     */
    public Optional<String> pluginState(String pluginId) {
        String plugins = get("/api/v1/plugins").expect(200).body();
        Matcher id = ID.matcher(plugins);
        while (id.find()) {
            if (id.group(1).equals(pluginId)) {
                Matcher state = STATE.matcher(plugins);
                return state.find(id.end()) ? Optional.of(state.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Creates a company (as {@code admin}); one that exists already is left as it is. */
    public void createCompany(String code, String currency) {
        Answer created = as("admin").postJson("/api/v1/companies", "{\"code\":\"" + code + "\",\"name\":\"" + code
                + " (plugin test)\",\"accountingCurrency\":\"" + currency + "\"}");
        if (created.status() != 201 && created.status() != 409) {
            created.expect(201);
        }
    }

    /**
     * Configures the plugin in the company (as {@code admin}) with a change as {@code PUT
     * /api/v1/plugins/{plugin}/configuration} takes it, e.g.
     * {@code {"enabled":true,"settings":{"baseUrl":"…"},"secrets":{"apiKey":"…"},"reason":"…"}}.
     */
    public Answer configure(String pluginId, String company, String changeJson) {
        String path = "/api/v1/plugins/" + pluginId + "/configuration?company=" + company;
        InServerDunwell admin = as("admin");
        String version = admin.get(path).expect(200).header("ETag").orElse("\"0\"");
        return admin.send("PUT", path, "application/json", changeJson, Map.of("If-Match", version)).expect(200);
    }

    /** Imports CSV (as {@code erp}) of a kind the ERP import takes: customers, invoices, payments … */
    public Answer importCsv(String kind, String company, String csv) {
        return as("erp").send("POST", "/api/v1/imports/" + kind + "?company=" + company, "text/csv", csv, Map.of())
                .expect(200);
    }

    public Answer get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Answer postJson(String path, String json) {
        return send("POST", path, "application/json", json, Map.of());
    }

    /** Any call, as this user, with a body of the content type (none when null) and extra headers. */
    public Answer send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-pw")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body(), answer.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException("Dunwell at " + base + " did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
