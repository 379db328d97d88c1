package org.dunwell.ai.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.dunwell.ai.domain.LanguageFormats;
import org.dunwell.dunning.api.CustomerFacts;

/**
 * What leaves the server for a model: the facts a text needs, every figure already written in the draft language's
 * format so that the model copies it rather than computes or re-formats it. Not sent: e-mail addresses, phone
 * numbers, any other customer, the company's internal codes. Texts people typed (dispute explanations, activity
 * notes) go only into a summary's {@code quotedTexts}, as data the prompt tells the model never to obey.
 * docs/ai.md lists these fields.
 */
public final class ModelFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFacts() {
    }

    public static String of(CustomerFacts f, String language, String tone, boolean withQuotedTexts) {
        LanguageFormats l = LanguageFormats.of(language);
        String c = f.currency();
        ObjectNode root = JSON.createObjectNode();
        root.put("language", l.code());
        root.put("tone", tone);
        root.put("company", f.companyName());
        ObjectNode customer = root.putObject("customer");
        customer.put("name", f.customerName());
        customer.put("account", f.account());
        if (f.contact() != null) {
            customer.put("contact", f.contact());
        }
        root.put("asOf", l.date(f.asOf()));
        root.put("balance", money(l, f.balance(), c));
        root.put("overdue", money(l, f.overdue(), c));
        root.put("overdueToCollect", money(l, f.collectibleOverdue(), c));
        ArrayNode aging = root.putArray("aging");
        f.aging().forEach(b -> aging.addObject().put("bucket", b.name()).put("amount", money(l, b.amount(), c)));
        root.put("openInvoices", l.integer(f.openInvoices()));
        ArrayNode overdue = root.putArray("overdueInvoices");
        for (CustomerFacts.Invoice i : f.overdueInvoices()) {
            overdue.addObject().put("document", i.document()).put("dueDate", l.date(i.dueDate()))
                    .put("open", money(l, i.open(), c)).put("daysOverdue", l.integer(i.daysOverdue()))
                    .put("letterLevel", l.integer(i.level()));
        }
        if (f.moreOverdue() != null) {
            root.putObject("moreOverdue").put("count", l.integer(f.moreOverdue().count()))
                    .put("open", money(l, f.moreOverdue().open(), c));
        }
        brief(root.putArray("disputedInvoices"), f.disputedInvoices(), l, c);
        brief(root.putArray("promisedInvoices"), f.promisedInvoices(), l, c);
        ArrayNode promises = root.putArray("openPromises");
        for (CustomerFacts.Promise p : f.openPromises()) {
            ObjectNode promise = promises.addObject().put("amount", money(l, p.amount(), c))
                    .put("deadline", l.date(p.deadline()));
            p.documents().forEach(promise.putArray("invoices")::add);
        }
        root.putObject("promiseRecord").put("kept", l.integer(f.promiseRecord().kept()))
                .put("broken", l.integer(f.promiseRecord().broken()));
        if (f.payments() != null && f.payments().lastPaymentDate() != null
                && f.payments().lastPaymentAmount() != null) {
            root.putObject("lastPayment").put("amount", money(l, f.payments().lastPaymentAmount(), c))
                    .put("date", l.date(f.payments().lastPaymentDate()));
        }
        ObjectNode credit = root.putObject("credit");
        if (f.credit().limit() != null) {
            credit.put("limit", money(l, f.credit().limit(), c));
        }
        if (f.credit().available() != null) {
            credit.put("available", money(l, f.credit().available(), c));
        }
        if (f.credit().riskScore() != null) {
            credit.put("riskScore", l.integer(f.credit().riskScore()));
        }
        credit.put("onHold", f.credit().onHold());
        root.put("dunningLevel", l.integer(f.dunningLevel()));
        ArrayNode letters = root.putArray("recentLetters");
        f.recentLetters().forEach(x -> letters.addObject().put("number", x.number()).put("date", l.date(x.date()))
                .put("level", l.integer(x.level())));
        root.put("paymentDeadline", l.date(f.paymentDeadline()));
        root.put("paymentDeadlineDays", l.integer(f.paymentDeadlineDays()));
        if (withQuotedTexts) {
            ArrayNode quoted = root.putArray("quotedTexts");
            for (CustomerFacts.Dispute d : f.disputes()) {
                if (d.explanation() != null && !d.explanation().isBlank()) {
                    quoted.addObject().put("from", "dispute explanation, " + d.document()).put("text",
                            d.explanation());
                }
            }
            for (CustomerFacts.Activity a : f.recentActivities()) {
                if (a.notes() != null && !a.notes().isBlank()) {
                    quoted.addObject().put("from", "activity note, " + a.type()).put("text", a.notes());
                }
            }
        }
        return root.toString();
    }

    private static void brief(ArrayNode into, List<CustomerFacts.Invoice> invoices, LanguageFormats l, String c) {
        invoices.forEach(i -> into.addObject().put("document", i.document()).put("open", money(l, i.open(), c)));
    }

    private static String money(LanguageFormats l, BigDecimal amount, String currency) {
        return amount == null ? null : l.money(amount, currency);
    }
}
