package org.dunwell.kernel.api;

import java.util.regex.Pattern;

/** Shared validation of the textual business keys (company, account, document, user). */
final class Identifiers {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    private Identifiers() {
    }

    static String requireKey(String kind, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.ofField(kind, "must not be empty");
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw InvalidInputException.ofField(kind, "must be at most " + maxLength + " characters");
        }
        if (!KEY.matcher(trimmed).matches()) {
            throw InvalidInputException.ofField(kind,
                    "'" + trimmed + "' may hold only letters, digits and . _ / - (and start with a letter or digit)");
        }
        return trimmed;
    }
}
