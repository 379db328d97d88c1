package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A browser's cookie jar for the server under test, enough for the sign-in checks. */
final class SessionBrowser {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final Map<String, String> cookies = new LinkedHashMap<>();
    List<String> setCookies = List.of();
    String base = HttpApi.BASE;

    static SessionBrowser signIn(String user, String password) throws Exception {
        SessionBrowser browser = new SessionBrowser();
        HttpResponse<String> answer = post("/signin", form(user, password));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).isEqualTo(HttpApi.BASE + "/");
        browser.keep(answer);
        return browser;
    }

    static HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return new SessionBrowser().sendForm(path, fields);
    }

    HttpResponse<String> sendForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        withCookies(request);
        return keep(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> send(String method, String path, String json, boolean csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Dunwell-Page", "1")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf) {
            request.header("X-CSRF-Token", cookies.get("dunwell-csrf"));
        }
        withCookies(request);
        return keep(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Follows the redirects from this answer as a browser does (a GET each), keeping this server's cookies
     * and sending them only to it; the answer that is not a redirect, or the one whose Location starts
     * with {@code until}, ends the walk.
     */
    HttpResponse<String> follow(HttpResponse<String> answer, String until) throws IOException, InterruptedException {
        HttpResponse<String> current = answer;
        for (int hop = 0; hop < 10; hop++) {
            String location = current.headers().firstValue("Location").orElse(null);
            if (current.statusCode() / 100 != 3 || location == null || (until != null && location.startsWith(until))) {
                return current;
            }
            current = get(current.uri().resolve(location).toString());
        }
        throw new AssertionError("more than 10 redirects from " + answer.uri());
    }

    /** A GET of this URL, with this server's cookies if it is this server's. */
    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (url.startsWith(base)) {
            withCookies(request);
            return keep(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> form(String user, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user);
        fields.put("password", password);
        return fields;
    }

    private void withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
    }

    private HttpResponse<String> keep(HttpResponse<String> answer) {
        setCookies = answer.headers().allValues("Set-Cookie");
        for (String cookie : setCookies) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = cookie.contains("Max-Age=0") || cookie.contains("Expires=Thu, 01 Dec 1994") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return answer;
    }
}