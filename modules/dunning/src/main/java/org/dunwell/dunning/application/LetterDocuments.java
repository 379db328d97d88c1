package org.dunwell.dunning.application;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.Statement;

/**
 * The models of a letter's and a statement's template: every amount and date formatted in the letter language,
 * the wording of that language, the payment instructions with the figures filled in. Nothing is computed here
 * that the letter or the ledger does not hold.
 */
public final class LetterDocuments {

    private LetterDocuments() {
    }

    public static Map<String, Object> letter(LetterView letter, String company) {
        LetterLanguage language = LetterLanguage.of(letter.language());
        Map<String, Object> model = common(language, company, letter.customerName(), letter.contact(),
                letter.account());
        model.put("number", letter.number());
        model.put("date", language.date(letter.date()));
        model.put("level", language.number(letter.level()));
        model.put("subject", letter.subject());
        model.put("paragraphs", List.of(letter.body().split("\\R\\s*\\R")));
        List<Map<String, Object>> invoices = new ArrayList<>();
        for (LetterView.Invoice invoice : letter.invoices()) {
            invoices.add(Map.of("document", invoice.document(), "documentDate", language.date(invoice.documentDate()),
                    "dueDate", language.date(invoice.dueDate()), "daysOverdue", language.number(invoice.daysOverdue()),
                    "open", language.money(invoice.open(), letter.currency()),
                    "interest", language.money(invoice.interest(), letter.currency())));
        }
        model.put("invoices", invoices);
        model.put("overdue", language.money(letter.overdue(), letter.currency()));
        model.put("interestTotal", language.money(letter.interest(), letter.currency()));
        model.put("fee", language.money(letter.fee(), letter.currency()));
        model.put("total", language.money(letter.total(), letter.currency()));
        model.put("payment", language.label("payment").replace("{total}", language.money(letter.total(),
                letter.currency())).replace("{company}", company).replace("{reference}", letter.number()));
        model.put("blocked", letter.blocked());
        model.put("handover", letter.handover());
        return model;
    }

    public static Map<String, Object> statement(Statement statement, String languageCode, String company, String name,
                                         String contact) {
        LetterLanguage language = LetterLanguage.of(languageCode);
        Map<String, Object> model = common(language, company, name, contact, statement.account());
        model.put("date", language.date(statement.asOf()));
        model.put("currency", statement.currency());
        List<Map<String, Object>> items = new ArrayList<>();
        BigDecimal overdue = BigDecimal.ZERO;
        for (OpenItem item : statement.openItems()) {
            boolean debit = item.kind().isDebit();
            long days = debit && item.dueDate() != null && item.dueDate().isBefore(statement.asOf())
                    ? ChronoUnit.DAYS.between(item.dueDate(), statement.asOf()) : 0;
            if (days > 0) {
                overdue = overdue.add(item.openAmount().amount());
            }
            BigDecimal sign = debit ? BigDecimal.ONE : BigDecimal.ONE.negate();
            items.add(Map.of("document", item.document(), "kind", language.label("kind." + item.kind().name()),
                    "documentDate", language.date(item.documentDate()), "dueDate", language.date(item.dueDate()),
                    "daysOverdue", days > 0 ? language.number(days) : "",
                    "amount", language.money(item.amount().amount().multiply(sign), statement.currency()),
                    "open", language.money(item.openAmount().amount().multiply(sign), statement.currency())));
        }
        model.put("items", items);
        model.put("balance", language.money(statement.balance().amount(), statement.currency()));
        String overdueText = language.money(overdue, statement.currency());
        model.put("overdue", overdueText);
        model.put("payment", language.label("statementPayment").replace("{overdue}", overdueText)
                .replace("{company}", company).replace("{reference}", statement.account()));
        return model;
    }

    private static Map<String, Object> common(LetterLanguage language, String company, String name, String contact,
                                              String account) {
        Map<String, Object> model = new HashMap<>();
        model.put("language", language.code());
        model.put("label", language.labels());
        model.put("company", company);
        model.put("customerName", name);
        model.put("contact", contact);
        model.put("account", account);
        return model;
    }
}
