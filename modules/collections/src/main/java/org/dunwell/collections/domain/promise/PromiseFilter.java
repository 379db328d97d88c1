package org.dunwell.collections.domain.promise;

import org.dunwell.collections.api.PromiseStatus;

/** Which of a company's promises a list or a tally holds (null: any). */
public record PromiseFilter(String company, String account, String agent, PromiseStatus status) {
}
