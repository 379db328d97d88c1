package org.dunwell.integrations.domain;

import java.util.List;
import java.util.Optional;

/** Where plugin configurations are kept. */
public interface ConfigurationStore {

    Optional<PluginConfiguration> find(String company, String plugin);

    List<PluginConfiguration> list(String company);

    /**
     * Stores the configuration if the stored one is still at {@code configuration.version() - 1} (none stored: 0).
     *
     * @throws org.dunwell.kernel.api.StaleVersionException when someone changed it meanwhile
     */
    void save(PluginConfiguration configuration);
}
