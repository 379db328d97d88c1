package org.dunwell.server.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API uses it: unknown properties in a request are an error (a typo must not
 * be silently ignored on a financial record), every value must have the type the document gives
 * it ({@link StrictJson}), decimals are written as plain strings, nulls are left out.
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    /** Yasson 3's key (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES); "yasson.fail-on-..." is silently ignored. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withAdapters(new MoneyJson())
            .withDeserializers(StrictJson.readers())
            .withSerializers(new StrictJson.PlainDecimal())
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
