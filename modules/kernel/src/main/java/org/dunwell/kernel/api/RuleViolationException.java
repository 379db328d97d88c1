package org.dunwell.kernel.api;

import java.util.List;

/** Well-formed, but a business rule refuses it: a 422 at the API. */
public class RuleViolationException extends DomainException {

    private final String type;

    public RuleViolationException(String type, String message) {
        this(type, message, List.of());
    }

    public RuleViolationException(String type, String message, List<Violation> violations) {
        super(message, violations);
        this.type = type;
    }

    @Override
    public Kind kind() {
        return Kind.RULE_VIOLATION;
    }

    @Override
    public String problemType() {
        return type;
    }
}
