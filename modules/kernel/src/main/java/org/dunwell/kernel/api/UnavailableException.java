package org.dunwell.kernel.api;

/**
 * Something outside Dunwell that the request needs (a plugin and the service behind it) cannot answer now: a 503
 * whose message says which feature is degraded and why. Nothing was changed.
 */
public class UnavailableException extends DomainException {

    public UnavailableException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
