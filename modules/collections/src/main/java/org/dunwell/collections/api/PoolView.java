package org.dunwell.collections.api;

import java.util.List;

/**
 * A collection pool: a named saved filter over customers (all conditions must hold) and the
 * agents who work it. {@code version} is what an update's If-Match names.
 */
public record PoolView(String company, String name, List<PoolCondition> conditions, List<String> agents,
                       long version) {
}
