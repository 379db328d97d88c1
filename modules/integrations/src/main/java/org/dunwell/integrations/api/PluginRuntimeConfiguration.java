package org.dunwell.integrations.api;

import java.util.Map;

/**
 * What an enabled plugin is called with in a company: its settings and its secrets in clear. Only the server's
 * plugin context reads it; no resource returns it.
 */
public record PluginRuntimeConfiguration(String company, String plugin, Map<String, String> settings,
                                         Map<String, String> secrets) {

    public PluginRuntimeConfiguration {
        settings = Map.copyOf(settings);
        secrets = Map.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "PluginRuntimeConfiguration[company=" + company + ", plugin=" + plugin + ", settings=" + settings
                + ", secrets=" + secrets.keySet() + "]";
    }
}
