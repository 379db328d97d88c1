package org.dunwell.collections.domain.promise;

import java.math.BigDecimal;
import org.dunwell.collections.api.PromiseStatus;

/** How many promises of one currency are in one status, and their amount. */
public record StatusTotal(String currency, PromiseStatus status, int count, BigDecimal amount) {
}
