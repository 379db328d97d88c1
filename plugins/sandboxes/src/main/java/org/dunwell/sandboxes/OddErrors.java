package org.dunwell.sandboxes;

import java.util.concurrent.atomic.AtomicLong;

/** Every {@code every}-th call of a vendor fails once (a 503 the host retries), as real services now and then do. */
final class OddErrors {

    private final AtomicLong calls = new AtomicLong();
    private final int every;

    OddErrors(int every) {
        this.every = every;
    }

    /** Whether this call is the odd one out. */
    boolean next() {
        return every > 0 && calls.incrementAndGet() % every == 0;
    }
}
