package org.dunwell.integrations.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to a plugin's configuration in one company. {@code enabled} null keeps it as it is; {@code settings}
 * replaces every setting when given; {@code secrets} sets the secrets it names and keeps the others (an empty value
 * removes one). {@code reason} is recorded in the audit trail.
 */
@Schema(description = "A change to a plugin's configuration in one company: enabled (absent: as it is), settings"
        + " (when given, they replace every setting), secrets (write-only: each one named is set, an empty value"
        + " removes it, the others stay) and the reason recorded in the audit trail.",
        example = "{\"enabled\":true,\"settings\":{\"baseUrl\":\"https://bureau.example/api\"},\"secrets\":"
                + "{\"apiKey\":\"s3cr3t\"},\"reason\":\"contract signed\"}")
public record PluginConfigurationChange(Boolean enabled, Map<String, String> settings, Map<String, String> secrets,
                                        @Schema(required = true) String reason) {
}
