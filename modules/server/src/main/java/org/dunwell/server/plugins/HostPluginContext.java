package org.dunwell.server.plugins;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.PluginHttp;
import org.dunwell.plugin.api.PluginSettings;

/** The context of one call of one plugin for one company: what {@link PluginContext} promises, from the host. */
final class HostPluginContext implements PluginContext {

    private final String plugin;
    private final String company;
    private final PluginSettings settings;
    private final Map<String, String> secrets;
    private final PluginHttp http;
    private final AccessTokens tokens;
    private final Clock clock;

    HostPluginContext(String plugin, String company, Map<String, String> settings, Map<String, String> secrets,
                      PluginHttp http, AccessTokens tokens, Clock clock) {
        this.plugin = plugin;
        this.company = company;
        this.settings = new PluginSettings(settings);
        this.secrets = Map.copyOf(secrets);
        this.http = http;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String company() {
        return company;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public String accessToken() {
        return tokens.token(plugin, company, settings, secret("oauth.clientSecret").orElse(null), http);
    }

    @Override
    public PluginHttp http() {
        return http;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("dunwell.plugin." + plugin);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "plugin " + plugin + " for " + company;
    }
}
