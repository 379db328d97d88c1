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
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web workspace's sign-in over HTTP, as a browser does it: the form, the session cookie, the CSRF
 * token on every change, the failed-sign-in limit, sign-out; and HTTP Basic beside it, stateless.
 */
class WorkspaceSignInIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void ready() {
        HttpApi.awaitReady();
    }

    @Test
    void theFormSignsInWithASessionCookieAndACsrfToken() throws Exception {
        Browser agent = Browser.signIn("agent1", "agent1-pw");
        assertThat(agent.cookies).containsKeys("dunwell-session", "dunwell-csrf");
        assertThat(agent.setCookies).anyMatch(c -> c.startsWith("dunwell-session=") && c.contains("HttpOnly")
                && c.contains("SameSite=Strict"));
        HttpResponse<String> me = agent.send("GET", "/api/v1/me", null, false);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"user\":\"agent1\"").contains("collections-agent");
    }

    @Test
    void aChangeWithTheSessionCookieNeedsItsCsrfToken() throws Exception {
        Browser agent = Browser.signIn("agent1", "agent1-pw");
        HttpResponse<String> without = agent.send("POST", "/api/v1/activities", "{}", false);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(without.body()).contains("CSRF");

        HttpResponse<String> with = agent.send("POST", "/api/v1/activities", "{}", true);
        assertThat(with.statusCode()).as("past the CSRF check, the body's validation answers").isEqualTo(400);
        assertThat(with.body()).contains("account");

        Browser other = Browser.signIn("agent2", "agent2-pw");
        agent.cookies.put("dunwell-csrf", other.cookies.get("dunwell-csrf"));
        assertThat(agent.send("POST", "/api/v1/activities", "{}", true).statusCode())
                .as("another user's token").isEqualTo(403);
        assertThat(agent.send("GET", "/api/v1/me", null, false).statusCode()).as("reading needs no token").isEqualTo(200);
    }

    @Test
    void aBrowserWithoutItsCsrfCookieGetsANewOneWithItsNextRead() throws Exception {
        Browser agent = Browser.signIn("agent1", "agent1-pw");
        String first = agent.cookies.remove("dunwell-csrf");
        assertThat(agent.send("GET", "/api/v1/me", null, false).statusCode()).isEqualTo(200);
        assertThat(agent.cookies.get("dunwell-csrf")).isNotNull().isNotEqualTo(first);
        assertThat(agent.send("POST", "/api/v1/activities", "{}", true).statusCode()).isEqualTo(400);
        agent.send("GET", "/api/v1/me", null, false);
        assertThat(agent.setCookies).as("a valid token is not replaced").noneMatch(c -> c.startsWith("dunwell-csrf="));
    }

    @Test
    void wrongPasswordsOnTheFormAreHeldBackLikeBasicOnes() throws Exception {
        String user = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(Browser.post("/signin", form(user, "guess-" + i)).headers().firstValue("Location").orElse(""))
                    .endsWith("login.html?error=invalid");
        }
        String held = Browser.post("/signin", form(user, "guess-5")).headers().firstValue("Location").orElse("");
        assertThat(held).contains("login.html?error=held&retry=");
        assertThat(Long.parseLong(held.replaceAll(".*retry=", ""))).isBetween(1L, 900L);
        assertThat(HttpApi.as(user).withPassword("/api/v1/me", "anything").status())
                .as("the same count holds HTTP Basic back").isEqualTo(429);
    }

    @Test
    void afterSignInTheFormGoesOnlyToAPageOfThisApplication() throws Exception {
        Map<String, String> fields = form("manager", "manager-pw");
        fields.put("next", "//evil.example/");
        assertThat(Browser.post("/signin", fields).headers().firstValue("Location").orElse(""))
                .isEqualTo(HttpApi.BASE + "/");
    }

    @Test
    void signingOutNeedsTheTokenAndEndsTheSession() throws Exception {
        Browser agent = Browser.signIn("agent1", "agent1-pw");
        String session = agent.cookies.get("dunwell-session");
        assertThat(agent.send("POST", "/signout", "", false).statusCode()).isEqualTo(403);
        HttpResponse<String> out = agent.sendForm("/signout", Map.of("csrf", agent.cookies.get("dunwell-csrf")));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).contains("login.html?signedOut");
        assertThat(agent.send("GET", "/api/v1/me", null, false).statusCode()).isEqualTo(401);
        agent.cookies.put("dunwell-session", session);
        assertThat(agent.send("GET", "/api/v1/me", null, false).statusCode())
                .as("the signed-out cookie, kept by a thief, is refused").isEqualTo(401);
    }

    @Test
    void theWorkspacesOwnCallsGetNoBasicChallengeAndBasicCallsGetNoCookie() throws Exception {
        HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(HttpApi.BASE + "/api/v1/me"))
                .header("X-Dunwell-Page", "1").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpApi.Answer basic = HttpApi.as("manager").get("/api/v1/me");
        basic.assertStatus(200);
        assertThat(basic.response().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("dunwell-session=")
                && !c.contains("Max-Age=0") && !c.contains("Expires=Thu, 01 Dec 1994"));
        HttpResponse<String> root = CLIENT.send(HttpRequest.newBuilder(URI.create(HttpApi.BASE + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("app/main.js");
    }

    /**
     * One installation of two servers (the two test servers share the LTPA keys file and the CSRF key):
     * a browser signed in on one reads and changes through the other without signing in again.
     */
    @Test
    void aSessionGoesOnWhenARequestLandsOnAnotherServerOfTheInstallation() throws Exception {
        String other = System.getProperty("dunwell.it.otherServer");
        String marker = System.getProperty("dunwell.it.otherServerSkipMarker");
        org.junit.jupiter.api.Assumptions.assumeTrue(other != null && !"postgresql".equals(InServerTier.database()),
                "run from the Derby tier, with the PostgreSQL server as the other one");
        org.junit.jupiter.api.Assumptions.assumeFalse(marker != null && java.nio.file.Files.exists(java.nio.file.Path.of(marker)),
                "the PostgreSQL server is not running (no PostgreSQL)");
        Browser agent = Browser.signIn("agent1", "agent1-pw");
        agent.base = other;
        HttpResponse<String> me = agent.send("GET", "/api/v1/me", null, false);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"user\":\"agent1\"");
        assertThat(agent.send("POST", "/api/v1/activities", "{}", true).statusCode())
                .as("the CSRF token made by the first server is good on the second").isEqualTo(400);
        assertThat(agent.send("POST", "/api/v1/activities", "{}", false).statusCode()).isEqualTo(403);
    }

    private static Map<String, String> form(String user, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user);
        fields.put("password", password);
        return fields;
    }

    /** A browser's cookie jar, enough for these checks. */
    private static final class Browser {

        final Map<String, String> cookies = new LinkedHashMap<>();
        List<String> setCookies = List.of();
        String base = HttpApi.BASE;

        static Browser signIn(String user, String password) throws Exception {
            Browser browser = new Browser();
            HttpResponse<String> answer = post("/signin", form(user, password));
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).isEqualTo(HttpApi.BASE + "/");
            browser.keep(answer);
            return browser;
        }

        static HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            return new Browser().sendForm(path, fields);
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
}
