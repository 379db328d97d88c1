package org.dunwell.collections.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A collection pool: a named saved filter over customers (all conditions must hold) and the
 * agents who work it. {@code version} is what an update's If-Match names.
 */
@Schema(description = "A collection pool: a named saved filter over customers (all conditions must hold) and the agents who work it.")
public record PoolView(String company, String name, List<PoolCondition> conditions, List<String> agents,
                       long version) {
}
