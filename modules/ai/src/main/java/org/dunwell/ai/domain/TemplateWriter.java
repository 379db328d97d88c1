package org.dunwell.ai.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.dunning.api.CustomerFacts;

/**
 * Writes a customer summary and a reminder email from the facts alone, in every language letters are written in,
 * with the wording of {@code ai/language/xx.properties} and the language's formats: what the feature answers with no
 * AI provider configured, and when a model's text fails or does not come. It states only facts, so it always passes
 * the verifier (tested over a corpus of customers in every language).
 */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    public static WrittenText summary(CustomerFacts f, String language) {
        LanguageFormats l = LanguageFormats.of(language);
        String c = f.currency();
        List<String> sentences = new ArrayList<>();
        Map<String, String> intro = values("customer", f.customerName(), "account", f.account(), "asOf",
                l.date(f.asOf()), "balance", l.money(f.balance(), c), "overdue", l.money(f.overdue(), c));
        sentences.add(l.text(f.balance().signum() <= 0 ? "summary.noBalance" : "summary.intro", intro));
        int overdueCount = f.overdueInvoices().size() + (f.moreOverdue() == null ? 0 : f.moreOverdue().count());
        if (f.overdueInvoices().isEmpty()) {
            sentences.add(l.text("summary.noOverdue", Map.of()));
        } else {
            CustomerFacts.Invoice oldest = f.overdueInvoices().get(0);
            sentences.add(l.text("summary.overdue", values("count", l.integer(overdueCount), "document",
                    oldest.document(), "days", l.integer(oldest.daysOverdue()), "open", l.money(oldest.open(), c))));
        }
        if (!f.disputedInvoices().isEmpty()) {
            sentences.add(l.text("summary.disputed", values("list", invoiceList(l, f.disputedInvoices(), c))));
        }
        if (!f.openPromises().isEmpty()) {
            List<String> promises = new ArrayList<>();
            for (CustomerFacts.Promise p : f.openPromises()) {
                promises.add(l.text("summary.promise", values("amount", l.money(p.amount(), c), "date",
                        l.date(p.deadline()))));
            }
            sentences.add(l.text("summary.promised", values("list", String.join("; ", promises))));
        }
        var record = f.promiseRecord();
        if (record.kept() + record.broken() > 0) {
            sentences.add(l.text("summary.record", values("kept", l.integer(record.kept()), "broken",
                    l.integer(record.broken()))));
        }
        var payments = f.payments();
        if (payments != null && payments.lastPaymentDate() != null && payments.lastPaymentAmount() != null) {
            sentences.add(l.text("summary.lastPayment", values("amount", l.money(payments.lastPaymentAmount(), c),
                    "date", l.date(payments.lastPaymentDate()))));
        } else {
            sentences.add(l.text("summary.noPayment", Map.of()));
        }
        var credit = f.credit();
        if (credit.limit() != null && credit.available() != null) {
            sentences.add(l.text("summary.credit", values("limit", l.money(credit.limit(), c), "available",
                    l.money(credit.available(), c))));
        }
        if (credit.riskScore() != null) {
            sentences.add(l.text("summary.risk", values("score", l.integer(credit.riskScore()))));
        }
        if (credit.onHold()) {
            sentences.add(l.text("summary.hold", values("reason", credit.holdReason())));
        }
        if (f.dunningLevel() > 0) {
            sentences.add(l.text("summary.level", values("level", l.integer(f.dunningLevel()))));
        }
        if (!f.recentLetters().isEmpty()) {
            CustomerFacts.Letter last = f.recentLetters().get(0);
            sentences.add(l.text("summary.letter", values("letter", last.number(), "date", l.date(last.date()))));
        }
        if (f.doNotContact()) {
            sentences.add(l.text("summary.doNotContact", Map.of()));
        }
        if (f.hardship()) {
            sentences.add(l.text("summary.hardship", Map.of()));
        }
        return new WrittenText(null, String.join(" ", sentences));
    }

    /** A reminder of the customer's overdue invoices (disputed ones left out, promised ones named as promised). */
    public static WrittenText reminder(CustomerFacts f, String language) {
        LanguageFormats l = LanguageFormats.of(language);
        String c = f.currency();
        Tone tone = Tone.of(f.dunningLevel());
        String subject = l.text("reminder.subject." + tone, values("account", f.account()));
        List<String> lines = new ArrayList<>();
        lines.add(f.contact() == null || f.contact().isBlank() ? l.text("reminder.greetingNoContact", Map.of())
                : l.text("reminder.greeting", values("contact", f.contact())));
        lines.add("");
        lines.add(l.text("reminder.opening." + tone, Map.of()));
        lines.add("");
        for (CustomerFacts.Invoice invoice : f.overdueInvoices()) {
            lines.add(l.text("reminder.line", values("document", invoice.document(), "dueDate",
                    l.date(invoice.dueDate()), "open", l.money(invoice.open(), c), "days",
                    l.integer(invoice.daysOverdue()))));
        }
        if (f.moreOverdue() != null) {
            lines.add(l.text("reminder.more", values("count", l.integer(f.moreOverdue().count()), "open",
                    l.money(f.moreOverdue().open(), c))));
        }
        lines.add("");
        String total = l.money(f.collectibleOverdue(), c);
        lines.add(l.text("reminder.total", values("total", total)));
        if (!f.promisedInvoices().isEmpty()) {
            lines.add("");
            lines.add(l.text("reminder.promisedIntro", Map.of()));
            for (CustomerFacts.Invoice invoice : f.promisedInvoices()) {
                lines.add(l.text("reminder.promisedLine", values("document", invoice.document(), "open",
                        l.money(invoice.open(), c))));
            }
        }
        lines.add("");
        lines.add(l.text("reminder.request." + tone, values("total", total, "deadline",
                l.date(f.paymentDeadline()))));
        lines.add(l.text("reminder.paid", Map.of()));
        lines.add("");
        lines.add(l.text("reminder.closing", Map.of()));
        lines.add(f.companyName());
        return new WrittenText(subject, String.join("\n", lines));
    }

    private static String invoiceList(LanguageFormats l, List<CustomerFacts.Invoice> invoices, String currency) {
        List<String> items = new ArrayList<>();
        for (CustomerFacts.Invoice invoice : invoices) {
            items.add(invoice.document() + " (" + l.money(invoice.open(), currency) + ")");
        }
        return String.join(", ", items);
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return values;
    }
}
