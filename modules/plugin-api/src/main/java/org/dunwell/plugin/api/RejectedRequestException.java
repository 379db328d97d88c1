package org.dunwell.plugin.api;

/** The vendor refused the request as it stands (unknown company, invalid data, 4xx): retrying will not help. */
public final class RejectedRequestException extends PluginException {

    private static final long serialVersionUID = 1L;

    public RejectedRequestException(String message) {
        super(message, null);
    }

    public RejectedRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
