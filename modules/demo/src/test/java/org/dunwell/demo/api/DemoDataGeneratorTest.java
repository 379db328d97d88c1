package org.dunwell.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private record Files(String customers, String invoices, String notes, String payments, String rates,
                         DemoDataGenerator.Counts counts) {
    }

    private static Files generate(DemoDataSpec spec) {
        StringWriter c = new StringWriter();
        StringWriter i = new StringWriter();
        StringWriter n = new StringWriter();
        StringWriter p = new StringWriter();
        StringWriter r = new StringWriter();
        StringWriter co = new StringWriter();
        DemoDataGenerator.Counts counts = new DemoDataGenerator(spec).write(new DemoDataGenerator.Sinks(c, i, n, p, r,
                co));
        return new Files(c.toString(), i.toString(), n.toString(), p.toString(), r.toString(), counts);
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() {
        DemoDataSpec spec = DemoDataSpec.demo(LocalDate.of(2026, 11, 22));
        Files first = generate(spec);
        Files second = generate(spec);
        assertThat(second).isEqualTo(first);
        Files other = generate(new DemoDataSpec(7, 300, 10_000, spec.endDate(), 18, "DW01"));
        assertThat(other.invoices()).isNotEqualTo(first.invoices());
    }

    @Test
    void theDemoSetHasTheContractsShape() {
        LocalDate end = LocalDate.of(2026, 11, 22);
        Files demo = generate(DemoDataSpec.demo(end));
        assertThat(demo.counts().customers()).isEqualTo(300);
        assertThat(demo.counts().invoices()).isEqualTo(10_000);
        assertThat(demo.counts().payments()).isBetween(5_000L, 10_000L);
        assertThat(demo.counts().creditNotes()).isPositive();
        assertThat(demo.counts().exchangeRates()).isEqualTo(
                ChronoUnit.DAYS.between(end.minusMonths(18), end) + 1);

        List<String[]> customers = rows(demo.customers());
        assertThat(customers).extracting(c -> c[5]).containsOnly("NORTH", "SOUTH", "WEST")
                .contains("NORTH", "SOUTH", "WEST");
        assertThat(customers).extracting(c -> c[2]).contains("EUR", "USD");
        assertThat(customers).allSatisfy(c -> assertThat(new BigDecimal(c[7])).isPositive());

        Set<String> documents = new HashSet<>();
        for (String[] invoice : rows(demo.invoices())) {
            assertThat(documents.add(invoice[0])).as("unique document %s", invoice[0]).isTrue();
            LocalDate date = LocalDate.parse(invoice[2]);
            assertThat(date).isBetween(end.minusMonths(18), end);
            assertThat(LocalDate.parse(invoice[3])).isAfterOrEqualTo(date);
            assertThat(new BigDecimal(invoice[5])).isPositive();
        }
        for (String[] payment : rows(demo.payments())) {
            assertThat(LocalDate.parse(payment[2])).isBeforeOrEqualTo(end);
            assertThat(new BigDecimal(payment[4])).isPositive();
        }
        assertThat(rows(demo.payments())).as("some payments name no invoice (unsettled)")
                .anySatisfy(p -> assertThat(p[5]).isEmpty());
    }

    private static List<String[]> rows(String csv) {
        return csv.lines().skip(1).map(line -> line.split(",", -1)).filter(r -> r.length > 1).toList();
    }
}
