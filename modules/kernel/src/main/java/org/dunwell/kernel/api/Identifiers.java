package org.dunwell.kernel.api;

/** Shared validation of the textual business keys (company, account, document, user): {@link InputLimits#key}. */
final class Identifiers {

    private Identifiers() {
    }

    static String requireKey(String kind, String value, int maxLength) {
        return InputLimits.key(kind, value, maxLength);
    }
}
