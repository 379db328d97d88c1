package org.dunwell.plugin.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor's call into the host ({@code POST /api/v1/plugins/{plugin}/webhook/{company}}), handed to the plugin as
 * it came: the plugin checks that it is authentic (a signature under a secret of its configuration) and reads
 * the updates it holds. Header names are lower case.
 */
public record WebhookRequest(Map<String, List<String>> headers, byte[] body) {

    public WebhookRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
