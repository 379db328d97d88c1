package org.dunwell.kernel.api;

/** The caller may not do this at all, e.g. approve their own request: a 403. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
