package org.dunwell.integrations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.dunwell.integrations.api.PluginConfigurationChange;
import org.dunwell.kernel.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class PluginConfigurationTest {

    private static final Instant AT = Instant.parse("2026-12-04T09:00:00Z");

    private static PluginConfiguration.Changed change(PluginConfiguration from, PluginConfigurationChange change) {
        return from.change(change, (name, value) -> "sealed(" + name + ")", "admin", AT);
    }

    @Test
    void aFirstChangeEnablesSetsAndSealsAndSaysWhatChangedWithoutTheSecretsValue() {
        PluginConfiguration.Changed changed = change(PluginConfiguration.unconfigured("DW01", "bureau"),
                new PluginConfigurationChange(true, Map.of("baseUrl", "https://bureau.test"),
                        Map.of("apiKey", "s3cr3t"), "contract signed"));
        PluginConfiguration after = changed.configuration();
        assertThat(after.enabled()).isTrue();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.settings()).containsExactly(Map.entry("baseUrl", "https://bureau.test"));
        assertThat(after.sealedSecrets()).containsExactly(Map.entry("apiKey", "sealed(apiKey)"));
        assertThat(changed.changes()).extracting(PluginConfiguration.FieldChange::field)
                .containsExactly("enabled", "settings.baseUrl", "secrets.apiKey");
        assertThat(changed.changes().toString()).doesNotContain("s3cr3t");
    }

    @Test
    void settingsAreReplacedWholeWhileSecretsChangeOneByOneAndAnEmptyValueRemovesOne() {
        PluginConfiguration before = new PluginConfiguration("DW01", "bureau", true,
                Map.of("baseUrl", "a", "region", "eu"), Map.of("apiKey", "old", "webhookKey", "old2"), 4, "admin", AT);
        Map<String, String> secrets = new HashMap<>();
        secrets.put("apiKey", "");
        secrets.put("clientSecret", "new");
        PluginConfiguration.Changed changed = change(before,
                new PluginConfigurationChange(null, Map.of("baseUrl", "b"), secrets, "rotate"));
        assertThat(changed.configuration().enabled()).isTrue();
        assertThat(changed.configuration().settings()).containsExactly(Map.entry("baseUrl", "b"));
        assertThat(changed.configuration().sealedSecrets()).containsOnlyKeys("clientSecret", "webhookKey");
        assertThat(changed.configuration().version()).isEqualTo(5);
        assertThat(changed.changes()).extracting(c -> c.field() + ":" + c.from() + "->" + c.to())
                .containsExactly("settings.baseUrl:a->b", "settings.region:eu->null", "secrets.apiKey:(set)->null",
                        "secrets.clientSecret:null->(set)");
    }

    @Test
    void badNamesLongValuesAndAMissingReasonAreRefusedTogether() {
        PluginConfiguration before = PluginConfiguration.unconfigured("DW01", "bureau");
        assertThatThrownBy(() -> change(before, new PluginConfigurationChange(true, Map.of("1st", "x",
                "note", "y".repeat(2001)), Map.of("bad name", "z"), " ")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("reason", "settings.1st",
                                "settings.note", "secrets.bad name"));
    }

    @Test
    void aPluginIdIsCheckedBeforeAnythingIsStored() {
        assertThat(PluginConfiguration.pluginId("bureau-example")).isEqualTo("bureau-example");
        assertThatThrownBy(() -> PluginConfiguration.pluginId("../etc")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PluginConfiguration.pluginId(null)).isInstanceOf(InvalidInputException.class);
    }
}
