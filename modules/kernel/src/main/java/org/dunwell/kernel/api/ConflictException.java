package org.dunwell.kernel.api;

/** The state already moved on (approved, closed, key taken, concurrent change): a 409. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
