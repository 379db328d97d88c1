package org.dunwell.demo.api;

import java.time.LocalDate;

/**
 * What to generate: how many customers and invoices, up to which day, over how many months,
 * from which seed. The same spec always gives the same files.
 */
public record DemoDataSpec(long seed, int customers, int invoices, LocalDate endDate, int months, String company) {

    /** The demo setup of api-contract.md: about 300 customers, 10 000 invoices over 18 months, company DW01. */
    public static DemoDataSpec demo(LocalDate endDate) {
        return new DemoDataSpec(20261122L, 300, 10_000, endDate, 18, "DW01");
    }

    public DemoDataSpec {
        if (customers < 1 || invoices < 0 || months < 1) {
            throw new IllegalArgumentException("customers ≥ 1, invoices ≥ 0, months ≥ 1");
        }
    }

    public LocalDate startDate() {
        return endDate.minusMonths(months);
    }
}
