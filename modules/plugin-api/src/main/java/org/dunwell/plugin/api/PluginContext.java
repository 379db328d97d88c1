package org.dunwell.plugin.api;

import java.time.Clock;
import java.util.Optional;

/**
 * What the host gives a plugin for one call, for one company: its configuration there, the secrets it may
 * read (which the host's API never returns), an access token the host obtains and renews for it, a logger,
 * an HTTP client with timeouts and the business clock. A plugin keeps no state of the host's beyond a call.
 */
public interface PluginContext {

    /** The company (legal entity) the call is for, as the host names it (e.g. {@code DW01}). */
    String company();

    /** The plugin's settings for this company (not its secrets). */
    PluginSettings settings();

    /** A secret of the plugin's configuration for this company (API key, password, webhook signing key). */
    Optional<String> secret(String name);

    /**
     * A bearer token from the OAuth 2.0 client-credentials grant the plugin's settings describe
     * ({@code oauth.tokenUrl}, {@code oauth.clientId}, secret {@code oauth.clientSecret}, optional
     * {@code oauth.scope}); the host caches it until shortly before it expires.
     *
     * @throws PluginConfigurationException when those settings are missing
     * @throws RetryLaterException when the token endpoint does not answer
     */
    String accessToken();

    /** The host's HTTP client: connect and request timeouts applied, failures as typed exceptions. */
    PluginHttp http();

    /** The JDK's logger, named for the plugin; what it writes goes into the server's log. */
    System.Logger logger();

    /** The host's business clock: plugins never read the system clock. */
    Clock clock();
}
