package org.dunwell.plugin.api;

/** The plugin's configuration for the company is missing or wrong (a setting, a secret, refused credentials). */
public final class PluginConfigurationException extends PluginException {

    private static final long serialVersionUID = 1L;

    public PluginConfigurationException(String message) {
        super(message, null);
    }
}
