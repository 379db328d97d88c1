package org.dunwell.plugin.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A plugin's settings for one company, as an administrator entered them (secrets apart). */
public record PluginSettings(Map<String, String> values) {

    public PluginSettings {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    /** @throws PluginConfigurationException naming the setting when it is not there */
    public String require(String name) {
        return get(name).orElseThrow(() -> new PluginConfigurationException("the setting " + name + " is missing"));
    }

    public URI requireUri(String name) {
        try {
            return URI.create(require(name));
        } catch (IllegalArgumentException e) {
            throw new PluginConfigurationException("the setting " + name + " is not a URI: " + values.get(name));
        }
    }

    public Duration duration(String name, Duration otherwise) {
        try {
            return get(name).map(Duration::parse).orElse(otherwise);
        } catch (RuntimeException e) {
            throw new PluginConfigurationException("the setting " + name + " is not an ISO 8601 duration: " + values.get(name));
        }
    }
}
