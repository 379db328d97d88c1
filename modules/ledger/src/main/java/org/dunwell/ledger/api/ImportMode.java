package org.dunwell.ledger.api;

import java.util.Locale;
import java.util.Optional;

/** All rows or none ({@code all-or-nothing}, the default), or every valid row ({@code skip-invalid}). */
public enum ImportMode {
    ALL_OR_NOTHING("all-or-nothing"),
    SKIP_INVALID("skip-invalid");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<ImportMode> ofParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(ALL_OR_NOTHING);
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (ImportMode mode : values()) {
            if (mode.parameter.equals(wanted)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
