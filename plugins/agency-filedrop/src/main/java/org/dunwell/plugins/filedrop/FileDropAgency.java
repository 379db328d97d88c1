package org.dunwell.plugins.filedrop;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.WebhookRequest;
import org.dunwell.plugin.api.agency.AgencyUpdate;
import org.dunwell.plugin.api.agency.AgencyUpdates;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.agency.HandoverInvoice;
import org.dunwell.plugin.api.agency.HandoverReceipt;
import org.pf4j.Extension;

/**
 * An agency that exchanges files (docs/plugins.md): a hand-over is written as {@code handover-{case}.csv} into the
 * folder {@code outbox.dir} (written aside and moved in, so the agency never reads half a file; a case written before
 * is not written again), and the agency's updates are read from the CSV files it drops into {@code inbox.dir}, one
 * file a page, in the order of their names; the cursor is the last file's name. The agency's reference of a case is
 * {@code FD-} and the case number. CSV by Apache Commons CSV (RFC 4180, UTF-8, a header row).
 */
@Extension
public class FileDropAgency implements CollectionAgencyProvider {

    static final String[] HANDOVER_HEADER = {"case_number", "account", "name", "registration_number", "country",
        "invoice", "invoice_date", "due_date", "open_amount", "currency", "case_total"};
    static final String[] UPDATE_HEADER = {"update_id", "case_number", "type", "status", "amount", "currency", "date",
        "invoice", "note"};

    @Override
    public HandoverReceipt handOver(CaseHandover handover, PluginContext context) {
        Path outbox = folder(context, "outbox.dir");
        Path file = outbox.resolve("handover-" + safe(handover.caseNumber()) + ".csv");
        String reference = "FD-" + handover.caseNumber();
        if (Files.exists(file)) {
            return new HandoverReceipt(handover.caseNumber(), reference);
        }
        Path partial = outbox.resolve("." + file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HANDOVER_HEADER).get())) {
            for (HandoverInvoice invoice : handover.invoices()) {
                csv.printRecord(handover.caseNumber(), handover.debtor().account(), handover.debtor().name(),
                        handover.debtor().registrationNumber(), handover.debtor().country(), invoice.invoiceNumber(),
                        invoice.invoiceDate(), invoice.dueDate(), invoice.openAmount().amount().toPlainString(),
                        invoice.openAmount().currency(), handover.total().amount().toPlainString());
            }
        } catch (IOException e) {
            throw new RetryLaterException("the hand-over file could not be written: " + e.getMessage(), null, e);
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            move(partial, file);
        } catch (IOException e) {
            throw new RetryLaterException("the hand-over file could not be moved in: " + e.getMessage(), null, e);
        }
        return new HandoverReceipt(handover.caseNumber(), reference);
    }

    @Override
    public AgencyUpdates updates(String cursor, PluginContext context) {
        Path inbox = folder(context, "inbox.dir");
        Path next;
        try (Stream<Path> files = Files.list(inbox)) {
            next = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> cursor == null || f.getFileName().toString().compareTo(cursor) > 0)
                    .sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new RetryLaterException("the agency's folder could not be read: " + e.getMessage(), null, e);
        }
        if (next == null) {
            return new AgencyUpdates(List.of(), cursor);
        }
        return new AgencyUpdates(read(next), next.getFileName().toString());
    }

    @Override
    public List<AgencyUpdate> readWebhook(WebhookRequest request, PluginContext context) {
        throw new RejectedRequestException("a file-drop agency sends files, not webhook calls");
    }

    static List<AgencyUpdate> read(Path file) {
        List<AgencyUpdate> updates = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                updates.add(update(row, file));
            }
        } catch (IOException e) {
            throw new RetryLaterException("the agency's file " + file.getFileName() + " could not be read", null, e);
        }
        return updates;
    }

    private static AgencyUpdate update(CSVRecord row, Path file) {
        String where = file.getFileName() + " line " + row.getRecordNumber();
        try {
            String id = row.get("update_id");
            String reference = "FD-" + row.get("case_number");
            String type = row.get("type").trim().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "status" -> new AgencyUpdate.StatusChanged(reference, id, row.get("status").trim()
                        .toUpperCase(Locale.ROOT), blank(row.get("note")), LocalDate.parse(row.get("date"))
                        .atStartOfDay().toInstant(ZoneOffset.UTC));
                case "payment" -> new AgencyUpdate.Recovery(reference, id, MonetaryAmount.of(row.get("amount"),
                        row.get("currency")), LocalDate.parse(row.get("date")), blank(row.get("invoice")));
                case "fee" -> new AgencyUpdate.Fee(reference, id, MonetaryAmount.of(row.get("amount"),
                        row.get("currency")), blank(row.get("note")), LocalDate.parse(row.get("date")));
                default -> throw new IllegalStateException(where + ": unknown type " + type);
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException(where + " is not an update Dunwell can read: " + e.getMessage(), e);
        }
    }

    private static Path folder(PluginContext context, String setting) {
        Path folder;
        try {
            folder = Path.of(context.settings().require(setting));
        } catch (InvalidPathException e) {
            throw new PluginConfigurationException("the setting " + setting + " is not a folder: " + e.getMessage());
        }
        if (!Files.isDirectory(folder)) {
            // a share that is not mounted right now looks like this: try again later, and say which
            throw new RetryLaterException("the folder " + folder + " (" + setting + ") is not there", null, null);
        }
        return folder;
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String caseNumber) {
        return caseNumber.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
