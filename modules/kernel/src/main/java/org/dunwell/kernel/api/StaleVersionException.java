package org.dunwell.kernel.api;

/** The caller's {@code If-Match} names a version that is no longer current: a 412. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what, Object key, long expected, long actual) {
        super(what + " '" + key + "' is at version " + actual + ", not " + expected + ": reload it and try again");
    }

    @Override
    public Kind kind() {
        return Kind.STALE_VERSION;
    }
}
