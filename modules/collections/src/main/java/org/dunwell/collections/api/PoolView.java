package org.dunwell.collections.api;

/** A collection pool: a named saved filter over customers (null criteria match any value). */
public record PoolView(String company, String name, String region, String group, String currency, long version) {
}
