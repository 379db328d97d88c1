package org.dunwell.plugin.api.bureau;

import java.util.Map;
import java.util.Objects;
import org.dunwell.plugin.api.VendorProperties;

/**
 * The company to look up: its registration number where the host has one, its name and its country
 * (ISO 3166-1 alpha-2), with vendor-specific hints in {@code properties}.
 */
public record CompanyQuery(String registrationNumber, String name, String country, Map<String, String> properties) {

    public CompanyQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
        }
        properties = VendorProperties.copy(properties);
    }
}
