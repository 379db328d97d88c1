package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through an OpenID Connect provider ({@code dunwell.signin.method=oidc}), as the PostgreSQL test
 * server is set up, against {@link StubOpenIdProvider}: the sign-in page's question, the redirect to the
 * provider and back, the session and CSRF token it ends with, and the ID tokens the server must refuse.
 * The Derby server signs in with the form; there only the first test runs.
 */
class OpenIdConnectSignInIT {

    @BeforeAll
    static void ready() {
        HttpApi.awaitReady();
    }

    @AfterEach
    void honestProvider() {
        if (StubOpenIdProvider.configured()) {
            StubOpenIdProvider.instance().nameInstead(null);
            StubOpenIdProvider.instance().forgeSignature(false);
        }
    }

    @Test
    void theSignInPageLearnsHowThisServerSignsPeopleIn() throws Exception {
        HttpResponse<String> answer = new SessionBrowser().get(HttpApi.BASE + "/signin");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(StubOpenIdProvider.configured() ? "{\"method\":\"oidc\"}" : "{\"method\":\"form\"}");
    }

    @Test
    void theProviderSignsAnAgentInAndTheWorkspaceGoesOnToThePageWanted() throws Exception {
        StubOpenIdProvider provider = provider();
        SessionBrowser agent = new SessionBrowser();
        HttpResponse<String> toProvider = agent.get(HttpApi.BASE + "/signin/oidc?next=%23%2Fcustomers%2FC001");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(provider.issuer() + "/authorize?");
        Map<String, String> query = query(URI.create(authorize));
        assertThat(query).containsEntry("client_id", StubOpenIdProvider.CLIENT_ID).containsEntry("response_type", "code")
                .containsKeys("state", "nonce");
        assertThat(query.get("redirect_uri")).isEqualTo(HttpApi.BASE + "/oidcclient/redirect/dunwell");
        assertThat(agent.get(authorize).body()).as("the provider's own sign-in page").contains("id=\"username\"");

        HttpResponse<String> landed = agent.follow(signInAtProvider(authorize, "agent1"), null);
        assertThat(landed.uri().toString()).isEqualTo(HttpApi.BASE + "/#/customers/C001");
        assertThat(landed.body()).contains("app/main.js");
        assertThat(agent.cookies).containsKeys("dunwell-session", "dunwell-csrf");

        HttpResponse<String> me = agent.send("GET", "/api/v1/me", null, false);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).as("the registry's user, with its roles").contains("\"user\":\"agent1\"")
                .contains("collections-agent");
        assertThat(agent.send("POST", "/api/v1/activities", "{}", false).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(agent.send("POST", "/api/v1/activities", "{}", true).statusCode())
                .as("past the CSRF check, the body's validation answers").isEqualTo(400);
    }

    @Test
    void anIdTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
        provider().forgeSignature(true);
        assertNoSession("agent1");
    }

    @Test
    void someoneTheUserRegistryDoesNotKnowIsRefused() throws Exception {
        provider().nameInstead("stranger-" + System.nanoTime());
        assertNoSession("agent1");
    }

    @Test
    void aUserWithoutADunwellRoleGetsNoFurtherThanTheProvider() throws Exception {
        provider();
        SessionBrowser monitor = new SessionBrowser();
        String authorize = monitor.get(HttpApi.BASE + "/signin/oidc").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> end = monitor.follow(signInAtProvider(authorize, "monitor"), null);
        assertThat(end.statusCode()).isEqualTo(403);
        assertThat(monitor.cookies).doesNotContainKey("dunwell-csrf");
        assertThat(monitor.send("GET", "/api/v1/customers", null, false).statusCode()).isEqualTo(403);
    }

    private static void assertNoSession(String user) throws Exception {
        SessionBrowser browser = new SessionBrowser();
        String authorize = browser.get(HttpApi.BASE + "/signin/oidc").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> end = browser.follow(signInAtProvider(authorize, user), null);
        assertThat(end.statusCode()).as("the answer of the server to the provider's return").isIn(401, 403);
        assertThat(browser.cookies).doesNotContainKeys("dunwell-session", "dunwell-csrf");
        assertThat(browser.send("GET", "/api/v1/me", null, false).statusCode()).isEqualTo(401);
    }

    /** The provider's sign-in form, filled in with the demo password: its answer is the way back. */
    private static HttpResponse<String> signInAtProvider(String authorize, String user) throws Exception {
        HttpResponse<String> back = SessionBrowser.CLIENT.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user + "-pw")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElse("")).startsWith(HttpApi.BASE + "/oidcclient/redirect/dunwell?code=");
        return back;
    }

    private static StubOpenIdProvider provider() {
        Assumptions.assumeTrue(StubOpenIdProvider.configured(), "this server signs in with the form");
        return StubOpenIdProvider.instance();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(parts[0], parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
