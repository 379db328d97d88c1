package org.dunwell.integrations.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plugin's configuration in one company as an administrator sees it: secrets by name only. */
@Schema(description = "A plugin's configuration in one company: whether it is enabled, its settings, and the names of"
        + " its secrets (their values are never returned). version is what a change's If-Match names (0: never"
        + " configured here).",
        example = "{\"plugin\":\"bureau-example\",\"company\":\"DW01\",\"enabled\":true,\"settings\":{\"baseUrl\":"
                + "\"https://bureau.example/api\"},\"secrets\":[\"apiKey\"],\"version\":3,\"changedBy\":\"admin\","
                + "\"changedAt\":\"2026-12-04T09:00:00Z\"}")
public record PluginConfigurationView(@Schema(required = true) String plugin, @Schema(required = true) String company,
                                      boolean enabled, @Schema(required = true) Map<String, String> settings,
                                      @Schema(required = true, description = "the names of the secrets that are set")
                                      List<String> secrets,
                                      long version, String changedBy, Instant changedAt) {

    public PluginConfigurationView {
        settings = Map.copyOf(settings);
        secrets = List.copyOf(secrets);
    }
}
