package org.dunwell.ledger.api;

/** Filters of the customer list; null means any. {@code text} matches account or name. */
public record CustomerFilter(String company, String region, String group, String currency, String text) {
}
