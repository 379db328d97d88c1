package org.dunwell.ledger.api;

import java.util.Objects;

/**
 * Filters of the customer list; null means any. {@code text} matches account or name;
 * {@code scope} is who may see what (never null).
 */
public record CustomerFilter(String company, String region, String group, String currency, String text,
                             CustomerScope scope) {

    public CustomerFilter {
        Objects.requireNonNull(scope, "scope");
    }
}
