package org.dunwell.kernel.api;

import java.util.Objects;

/**
 * One reason a request or an imported row was refused: either a field name or a physical
 * line number (the CSV header being line 1), and a message a person can act on.
 */
public record Violation(String field, Long line, String message) {

    public Violation {
        Objects.requireNonNull(message, "message");
    }

    public static Violation ofField(String field, String message) {
        return new Violation(field, null, message);
    }

    public static Violation ofLine(long line, String message) {
        return new Violation(null, line, message);
    }
}
