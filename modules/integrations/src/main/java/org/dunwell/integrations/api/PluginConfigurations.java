package org.dunwell.integrations.api;

import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.UserName;

/**
 * Each plugin's configuration per company: enabled or not, its settings, and its secrets, which are kept encrypted
 * and never returned (only their names). Every change is audited with who, when and why.
 */
public interface PluginConfigurations {

    /** The subject type of configuration changes in the audit trail (key: the plugin's id). */
    String AUDIT_SUBJECT = "plugin-configuration";

    /** The plugin's configuration in the company; a plugin never configured there is disabled, with nothing set. */
    PluginConfigurationView configuration(String company, String plugin);

    /** Every plugin configured in the company, by id. */
    List<PluginConfigurationView> configurations(String company);

    /**
     * Changes what {@code change} names, at {@code expectedVersion} (0 for a plugin not yet configured in the
     * company; null skips the check).
     */
    PluginConfigurationView configure(String company, String plugin, PluginConfigurationChange change,
                                      Long expectedVersion, UserName actor);

    /** The settings and decrypted secrets an enabled plugin is called with; empty while it is disabled there. */
    Optional<PluginRuntimeConfiguration> enabled(String company, String plugin);
}
