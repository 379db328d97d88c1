package org.dunwell.credit.api;

/**
 * The answer to a change: {@code current} is the subject as it is now (with whatever tightened at once;
 * null when it is gone), {@code pending} the part that raises headroom and waits for a second person
 * (null when nothing waits).
 */
public record Changed<T>(T current, CreditChangeView pending) {

    public static <T> Changed<T> now(T current) {
        return new Changed<>(current, null);
    }

    public boolean waiting() {
        return pending != null;
    }
}
