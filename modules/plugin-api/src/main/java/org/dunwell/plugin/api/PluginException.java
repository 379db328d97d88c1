package org.dunwell.plugin.api;

/**
 * What a plugin throws when a call cannot give its result; the host turns each kind into a clear message
 * and decides on a retry. Anything else a plugin throws counts as a defect of the plugin.
 */
public abstract sealed class PluginException extends RuntimeException
        permits RetryLaterException, RejectedRequestException, PluginConfigurationException, WebhookRejectedException {

    private static final long serialVersionUID = 1L;

    protected PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
