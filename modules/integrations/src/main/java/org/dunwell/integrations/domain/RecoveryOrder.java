package org.dunwell.integrations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a hand-over's invoices a recovery settles, in order: the invoice the agency names first when it is one of
 * the case's, then the others oldest due first (then by number); invoices with nothing open are left out. What is
 * left after them stays on the account as an unsettled payment.
 */
public final class RecoveryOrder {

    private RecoveryOrder() {
    }

    /** An invoice of the hand-over as it stands. */
    public record OpenInvoice(String number, LocalDate dueDate, boolean open) {
    }

    public static List<String> of(List<OpenInvoice> invoices, String named) {
        List<OpenInvoice> sorted = new ArrayList<>(invoices.stream().filter(OpenInvoice::open).toList());
        sorted.sort(Comparator.comparing(OpenInvoice::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OpenInvoice::number));
        List<String> order = new ArrayList<>();
        sorted.stream().filter(i -> i.number().equals(named)).findFirst().ifPresent(i -> order.add(i.number()));
        sorted.stream().map(OpenInvoice::number).filter(n -> !order.contains(n)).forEach(order::add);
        return order;
    }
}
