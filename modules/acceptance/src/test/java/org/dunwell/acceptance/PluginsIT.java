package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin host inside Liberty: PF4J starts with the WAR over the plugins folder, and administrators alone
 * list what it holds. The test servers' folder is empty (plugins built and dropped in arrive with the
 * reference plugins); the host's loading, refusal and isolation are tested in PluginHostTest.
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
        assertThat((JsonArray) plugins.structure()).as("no plugin is dropped into the test servers yet").isEmpty();
    }

    @Test
    void nobodyElseSeesThem() {
        for (String user : new String[] {"manager", "credit", "agent1", "erp"}) {
            HttpApi.as(user).get("/api/v1/plugins").assertProblem(403);
        }
    }
}
