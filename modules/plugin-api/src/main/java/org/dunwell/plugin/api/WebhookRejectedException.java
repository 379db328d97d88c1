package org.dunwell.plugin.api;

/** A webhook call the plugin cannot trust (signature wrong or missing, too old) or read; the host answers 4xx. */
public final class WebhookRejectedException extends PluginException {

    private static final long serialVersionUID = 1L;

    public WebhookRejectedException(String message) {
        super(message, null);
    }
}
