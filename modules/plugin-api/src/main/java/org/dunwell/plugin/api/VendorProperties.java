package org.dunwell.plugin.api;

import java.util.Map;

/** What a vendor says beyond the API's fields: a copy, never null, kept as the vendor's own strings. */
public final class VendorProperties {

    private VendorProperties() {
    }

    public static Map<String, String> copy(Map<String, String> properties) {
        return properties == null ? Map.of() : Map.copyOf(properties);
    }
}
