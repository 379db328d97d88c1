package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web workspace's sign-in over HTTP, as a browser does it: the form, the session cookie, the CSRF
 * token on every change, the failed-sign-in limit, sign-out; and HTTP Basic beside it, stateless.
 */
class WorkspaceSignInIT {

    private static final HttpClient CLIENT = SessionBrowser.CLIENT;

    @BeforeAll
    static void ready() {
        HttpApi.awaitReady();
    }

    @Test
    void theFormSignsInWithASessionCookieAndACsrfToken() throws Exception {
        SessionBrowser agent = SessionBrowser.signIn("agent1", "agent1-pw");
        assertThat(agent.cookies).containsKeys("dunwell-session", "dunwell-csrf");
        assertThat(agent.setCookies).anyMatch(c -> c.startsWith("dunwell-session=") && c.contains("HttpOnly")
                && c.contains(StubOpenIdProvider.configured() ? "SameSite=Lax" : "SameSite=Strict"));
        HttpResponse<String> me = agent.send("GET", "/api/v1/me", null, false);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"user\":\"agent1\"").contains("collections-agent");
    }

    @Test
    void aChangeWithTheSessionCookieNeedsItsCsrfToken() throws Exception {
        SessionBrowser agent = SessionBrowser.signIn("agent1", "agent1-pw");
        HttpResponse<String> without = agent.send("POST", "/api/v1/activities", "{}", false);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(without.body()).contains("CSRF");

        HttpResponse<String> with = agent.send("POST", "/api/v1/activities", "{}", true);
        assertThat(with.statusCode()).as("past the CSRF check, the body's validation answers").isEqualTo(400);
        assertThat(with.body()).contains("account");

        SessionBrowser other = SessionBrowser.signIn("agent2", "agent2-pw");
        agent.cookies.put("dunwell-csrf", other.cookies.get("dunwell-csrf"));
        assertThat(agent.send("POST", "/api/v1/activities", "{}", true).statusCode())
                .as("another user's token").isEqualTo(403);
        assertThat(agent.send("GET", "/api/v1/me", null, false).statusCode()).as("reading needs no token").isEqualTo(200);
    }

    @Test
    void aBrowserWithoutItsCsrfCookieGetsANewOneWithItsNextRead() throws Exception {
        SessionBrowser agent = SessionBrowser.signIn("agent1", "agent1-pw");
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
            assertThat(SessionBrowser.post("/signin", SessionBrowser.form(user, "guess-" + i)).headers().firstValue("Location").orElse(""))
                    .endsWith("login.html?error=invalid");
        }
        String held = SessionBrowser.post("/signin", SessionBrowser.form(user, "guess-5")).headers().firstValue("Location").orElse("");
        assertThat(held).contains("login.html?error=held&retry=");
        assertThat(Long.parseLong(held.replaceAll(".*retry=", ""))).isBetween(1L, 900L);
        assertThat(HttpApi.as(user).withPassword("/api/v1/me", "anything").status())
                .as("the same count holds HTTP Basic back").isEqualTo(429);
    }

    @Test
    void afterSignInTheFormGoesOnlyToAPageOfThisApplication() throws Exception {
        Map<String, String> fields = SessionBrowser.form("manager", "manager-pw");
        fields.put("next", "//evil.example/");
        assertThat(SessionBrowser.post("/signin", fields).headers().firstValue("Location").orElse(""))
                .isEqualTo(HttpApi.BASE + "/");
    }

    @Test
    void signingOutNeedsTheTokenAndEndsTheSession() throws Exception {
        SessionBrowser agent = SessionBrowser.signIn("agent1", "agent1-pw");
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
        SessionBrowser agent = SessionBrowser.signIn("agent1", "agent1-pw");
        agent.base = other;
        HttpResponse<String> me = agent.send("GET", "/api/v1/me", null, false);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"user\":\"agent1\"");
        assertThat(agent.send("POST", "/api/v1/activities", "{}", true).statusCode())
                .as("the CSRF token made by the first server is good on the second").isEqualTo(400);
        assertThat(agent.send("POST", "/api/v1/activities", "{}", false).statusCode()).isEqualTo(403);
    }

}
