package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin host inside Liberty: PF4J starts with the WAR over the plugins folder, and administrators alone
 * list what it holds: the test servers' folder holds the reference bureau plugin this build makes (BureauReportIT
 * runs it); the host's loading, refusal and isolation are tested in PluginHostTest.
 */
class PluginsIT {

    @BeforeAll
    static void ready() {
        HttpApi.awaitReady();
    }

    @Test
    void administratorsListThePluginsOfTheFolder() {
        HttpApi.Answer plugins = HttpApi.as("admin").get("/api/v1/plugins").assertStatus(200);
        assertThat(plugins.structure()).isInstanceOf(JsonArray.class);
        assertThat(((JsonArray) plugins.structure()).getValuesAs(JsonObject.class)).as("the reference agency, bureau and insurer plugins are dropped in")
                .extracting(p -> p.getString("id")).containsExactly("agency-filedrop", "agency-heron", "bureau-kestrel",
                        "insurer-osprey");
    }

    @Test
    void nobodyElseSeesThem() {
        for (String user : new String[] {"manager", "credit", "agent1", "erp"}) {
            HttpApi.as(user).get("/api/v1/plugins").assertProblem(403);
        }
    }
}
