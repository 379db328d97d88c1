package org.dunwell.credit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/** What the scorecard looks at for one customer on a day; {@code bureauScore} may be null. */
public record ScoreInputs(LocalDate asOf, BigDecimal averageDaysPastDue, CreditLine line, Money balance,
                          Money overdue, LocalDate customerSince, Integer bureauScore) {
}
