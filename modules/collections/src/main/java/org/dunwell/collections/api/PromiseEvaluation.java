package org.dunwell.collections.api;

import java.time.LocalDate;

/** One evaluation run: as of which day, how many open promises it looked at and how many it closed. */
public record PromiseEvaluation(LocalDate asOf, int evaluated, int kept, int broken) {
}
