package org.dunwell.ledger.domain.imports;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of an import: its physical line (the header is line 1) and its values by
 * canonical column name. An empty value is absent, the same as a missing column.
 */
public record RawRow(long line, Map<String, String> values) {

    public Optional<String> get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
