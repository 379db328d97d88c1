package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a customer has paid its invoices, as of a date (cancelled invoices left out):
 * <ul>
 * <li>{@code averageDaysPastDue}: amount-weighted over what payments settled (days from due
 * date to settlement, 0 if on time) and what is still open and overdue (days to the as-of date);</li>
 * <li>{@code longestDelinquencyDays}: the most days any such amount was or is past due;</li>
 * <li>{@code lateInvoices}: invoices paid late or open past their due date, of {@code invoices};</li>
 * <li>{@code disputedInvoices}: invoices in dispute, or disputed on or before the as-of date and
 * since resolved (a resolved dispute still counts);</li>
 * <li>the last payment (its date and the total paid that day; reversed payments do not count).</li>
 * </ul>
 */
@Schema(description = "How a customer has paid its invoices, as of a date (cancelled invoices left out):  averageDaysPastDue: amount-weighted over what payments settled (days from due date to settlement, 0 if on time) and what is still open and overdue (days to the as-of date); longestDelinquencyDays: the most days any such amount was or is past due; lateInvoices: invoices paid late or open past their due date, of invoices; disputedInvoices: invoices in dispute, or disputed on or before the as-of date and since resolved (a resolved dispute still counts); the last payment (its date and the total paid that day; reversed payments do not count).")
public record PaymentHistory(BigDecimal averageDaysPastDue, int longestDelinquencyDays, int lateInvoices,
                             int invoices, int disputedInvoices, BigDecimal disputeRate, LocalDate lastPaymentDate,
                             Money lastPaymentAmount) {

    /** The figures; the dispute rate is disputed invoices as a share of all, 0 to 1 with four decimals. */
    public static PaymentHistory of(BigDecimal averageDaysPastDue, int longestDelinquencyDays, int lateInvoices,
                                    int invoices, int disputedInvoices, LocalDate lastPaymentDate,
                                    Money lastPaymentAmount) {
        BigDecimal rate = invoices == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(disputedInvoices).divide(BigDecimal.valueOf(invoices), 4, RoundingMode.HALF_UP);
        return new PaymentHistory(averageDaysPastDue, longestDelinquencyDays, lateInvoices, invoices, disputedInvoices,
                rate, lastPaymentDate, lastPaymentAmount);
    }

    /** Late invoices as a share of all invoices, 0 to 1 with four decimals. */
    public BigDecimal lateShare() {
        return invoices == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(lateInvoices).divide(BigDecimal.valueOf(invoices), 4, RoundingMode.HALF_UP);
    }
}
