package org.dunwell.kernel.api;

import java.util.List;

/** The request is malformed or out of range: a 400 at the API. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, List<Violation> violations) {
        super(message, violations);
    }

    public static InvalidInputException ofField(String field, String message) {
        return new InvalidInputException(field + ": " + message, List.of(Violation.ofField(field, message)));
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
