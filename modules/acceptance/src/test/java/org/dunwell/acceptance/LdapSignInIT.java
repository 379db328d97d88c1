package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sign-in against a production registry: the third test server takes its users from LDAP
 * ({@code dunwell.users=ldap}, liberty-config/users-ldap.xml as shipped, without TLS), here the
 * {@link TestDirectory}. The form and HTTP Basic sign in against it, the directory's groups give the roles
 * through roles.xml, and the failed-sign-in limit holds. Runs only on that server.
 */
class LdapSignInIT {

    private static TestDirectory directory;

    @BeforeAll
    static void startTheDirectory() throws Exception {
        String port = System.getProperty("dunwell.it.ldapPort");
        Assumptions.assumeTrue(port != null, "only the LDAP test server takes its users from a directory");
        directory = new TestDirectory(Integer.parseInt(port));
        HttpApi.awaitReady();
    }

    @AfterAll
    static void stopTheDirectory() {
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void theFormSignsInAgainstTheDirectoryAndItsGroupsGiveTheRoles() throws Exception {
        SessionBrowser agent = SessionBrowser.signIn("agent1", TestDirectory.password("agent1"));
        HttpResponse<String> me = agent.send("GET", "/api/v1/me", null, false);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"user\":\"agent1\"").contains("collections-agent").doesNotContain("collections-manager");
        assertThat(agent.send("POST", "/api/v1/activities", "{}", true).statusCode())
                .as("signed in, past the CSRF check: the body's validation answers").isEqualTo(400);

        SessionBrowser manager = SessionBrowser.signIn("manager", TestDirectory.password("manager"));
        assertThat(manager.send("GET", "/api/v1/me", null, false).body()).contains("\"seesAllCustomers\":true");
    }

    @Test
    void theDemoRegistrysPasswordIsNotTheDirectorys() throws Exception {
        assertThat(SessionBrowser.post("/signin", SessionBrowser.form("clerk", "clerk-pw")).headers()
                .firstValue("Location").orElse("")).endsWith("login.html?error=invalid");
        assertThat(HttpApi.as("clerk").withPassword("/api/v1/me", "clerk-pw").status()).isEqualTo(401);
    }

    @Test
    void httpBasicSignsInAgainstTheDirectoryToo() {
        HttpApi.Answer me = HttpApi.as("clerk").withPassword("/api/v1/me", TestDirectory.password("clerk"));
        me.assertStatus(200);
        assertThat(me.json().getString("user")).isEqualTo("clerk");
        assertThat(me.json().getJsonArray("roles").toString()).contains("credit-clerk");
    }

    @Test
    void aDirectoryUserInNoDunwellGroupMayNotUseTheApi() throws Exception {
        SessionBrowser visitor = SessionBrowser.signIn("visitor", TestDirectory.password("visitor"));
        assertThat(visitor.send("GET", "/api/v1/me", null, false).statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordsAgainstTheDirectoryAreHeldBack() throws Exception {
        for (int i = 0; i < 5; i++) {
            SessionBrowser.post("/signin", SessionBrowser.form("agent2", "guess-" + i));
        }
        assertThat(SessionBrowser.post("/signin", SessionBrowser.form("agent2", TestDirectory.password("agent2")))
                .headers().firstValue("Location").orElse("")).as("even the right password waits").contains("error=held");
    }
}
