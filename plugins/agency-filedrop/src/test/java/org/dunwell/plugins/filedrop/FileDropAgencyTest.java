package org.dunwell.plugins.filedrop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.agency.AgencyUpdate;
import org.dunwell.plugin.api.agency.AgencyUpdates;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.Debtor;
import org.dunwell.plugin.api.agency.HandoverInvoice;
import org.dunwell.plugin.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-drop agency against two folders: the hand-over CSV it writes once, the update files it reads in order. */
class FileDropAgencyTest {

    @TempDir
    Path outbox;

    @TempDir
    Path inbox;

    private final FileDropAgency agency = new FileDropAgency();

    private TestPluginContext context() {
        return TestPluginContext.withSettings(Map.of("outbox.dir", outbox.toString(), "inbox.dir", inbox.toString()));
    }

    private static CaseHandover handover() {
        MonetaryAmount first = MonetaryAmount.of("100.00", "EUR");
        MonetaryAmount second = MonetaryAmount.of("50.50", "EUR");
        return new CaseHandover("DW-CASE-4-2", new Debtor("C1", "Müller, Söhne & Co.", "HRB 1", "DE", List.of()),
                List.of(new HandoverInvoice("I1", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), first, first),
                        new HandoverInvoice("I2", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), second, second)),
                MonetaryAmount.of("150.50", "EUR"), List.of(), List.of(), Map.of());
    }

    @Test
    void writesTheHandOverOnceAsACsvTheAgencyCanRead() throws IOException {
        assertThat(agency.handOver(handover(), context()).agencyReference()).isEqualTo("FD-DW-CASE-4-2");
        Path file = outbox.resolve("handover-DW-CASE-4-2.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "case_number,account,name,registration_number,country,invoice,invoice_date,due_date,open_amount,"
                        + "currency,case_total",
                "DW-CASE-4-2,C1,\"Müller, Söhne & Co.\",HRB 1,DE,I1,2026-08-01,2026-08-31,100.00,EUR,150.50",
                "DW-CASE-4-2,C1,\"Müller, Söhne & Co.\",HRB 1,DE,I2,2026-09-01,2026-09-30,50.50,EUR,150.50");
        Files.writeString(file, "taken by the agency");
        assertThat(agency.handOver(handover(), context()).agencyReference()).isEqualTo("FD-DW-CASE-4-2");
        assertThat(Files.readString(file)).as("the same case is not written again").isEqualTo("taken by the agency");
        try (var files = Files.list(outbox)) {
            assertThat(files).as("no half-written file left behind").hasSize(1);
        }
    }

    @Test
    void readsTheAgencysFilesOneAPageInTheOrderOfTheirNames() throws IOException {
        String header = "update_id,case_number,type,status,amount,currency,date,invoice,note\n";
        Files.writeString(inbox.resolve("2026-12-02.csv"), header
                + "U3,DW-CASE-4-2,fee,,15.00,EUR,2026-12-02,,commission\n");
        Files.writeString(inbox.resolve("2026-12-01.csv"), header
                + "U1,DW-CASE-4-2,status,in_progress,,,2026-12-01,,\n"
                + "U2,DW-CASE-4-2,payment,,60.00,EUR,2026-12-01,I2,\n");
        Files.writeString(inbox.resolve("readme.txt"), "not an update file");

        AgencyUpdates first = agency.updates(null, context());
        assertThat(first.nextCursor()).isEqualTo("2026-12-01.csv");
        assertThat(first.updates()).hasSize(2);
        assertThat(first.updates().get(0)).isInstanceOfSatisfying(AgencyUpdate.StatusChanged.class, s -> {
            assertThat(s.status()).isEqualTo("IN_PROGRESS");
            assertThat(s.agencyReference()).isEqualTo("FD-DW-CASE-4-2");
        });
        assertThat(first.updates().get(1)).isInstanceOfSatisfying(AgencyUpdate.Recovery.class, r -> {
            assertThat(r.amount()).isEqualTo(MonetaryAmount.of("60.00", "EUR"));
            assertThat(r.invoiceNumber()).isEqualTo("I2");
        });
        AgencyUpdates second = agency.updates(first.nextCursor(), context());
        assertThat(second.nextCursor()).isEqualTo("2026-12-02.csv");
        assertThat(second.updates()).singleElement().isInstanceOf(AgencyUpdate.Fee.class);
        AgencyUpdates none = agency.updates(second.nextCursor(), context());
        assertThat(none.updates()).isEmpty();
        assertThat(none.nextCursor()).isEqualTo("2026-12-02.csv");
    }

    @Test
    void aBadLineIsTheAgencysFailureAndAMissingFolderIsTryAgainLater() throws IOException {
        Files.writeString(inbox.resolve("bad.csv"), "update_id,case_number,type,status,amount,currency,date,invoice,"
                + "note\nU9,DW-CASE-4-2,payment,,sixty,EUR,2026-12-01,,\n");
        assertThatThrownBy(() -> agency.updates(null, context())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.csv line 1");
        assertThatThrownBy(() -> agency.handOver(handover(), TestPluginContext.withSettings(Map.of("outbox.dir",
                outbox.resolve("not-mounted").toString())))).isInstanceOf(RetryLaterException.class)
                .hasMessageContaining("not-mounted");
    }
}
