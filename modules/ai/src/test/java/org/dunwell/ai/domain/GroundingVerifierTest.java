package org.dunwell.ai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dunwell.ai.api.Violation;
import org.dunwell.ai.support.FactsCorpus;
import org.dunwell.dunning.api.CustomerFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroundingVerifierTest {

    /** One customer: 1 234,56 EUR owed, INV-1001 of 1 000,00 due on 3 Nov 2026, 30 days overdue, deadline 10 Dec. */
    private static final CustomerFacts FACTS = facts(new BigDecimal("1234.56"));

    static CustomerFacts facts(BigDecimal balance) {
        LocalDate asOf = LocalDate.of(2026, 12, 3);
        return new CustomerFacts("DEMO", "Dunwell Demo", "C00042", "Zenith Energy BV", asOf, "de", "EUR", "Anna Berg",
                balance, new BigDecimal("1000.00"), new BigDecimal("1000.00"),
                List.of(new CustomerFacts.Bucket("31-60", new BigDecimal("1000.00"))), 2,
                List.of(new CustomerFacts.Invoice("INV-1001", LocalDate.of(2026, 10, 4), LocalDate.of(2026, 11, 3),
                        new BigDecimal("1000.00"), new BigDecimal("1000.00"), 30, 1)), null, List.of(), null,
                List.of(), null, new CustomerFacts.Payments(LocalDate.of(2026, 11, 20), new BigDecimal("500.00"), 2,
                        8, new BigDecimal("12.5"), 45),
                new CustomerFacts.PromiseRecord(0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO),
                List.of(), List.of(), List.of(), List.of(), new CustomerFacts.Credit(new BigDecimal("5000.00"),
                new BigDecimal("3765.44"), 55, "B", false, null), 1, asOf.plusDays(7), 7, false, false);
    }

    private static List<Violation> verify(String text, String language) {
        return GroundingVerifier.verify(text, GroundingFacts.of(FACTS), language);
    }

    private static Set<String> kinds(List<Violation> violations) {
        return violations.stream().map(Violation::kind).collect(Collectors.toSet());
    }

    @Test
    void acceptsTheFactsInEachLanguagesFormats() {
        assertEquals(List.of(), verify("Zenith Energy BV (C00042) owes €1,234.56 as of December 3, 2026. INV-1001"
                + " (€1,000.00) is 30 days overdue since November 3, 2026. Please pay by December 10, 2026 (7 days)."
                + " Risk score 55; 25% of invoices were late.", "en"));
        assertEquals(List.of(), verify("Zenith Energy BV schuldet zum 3. Dezember 2026 1.234,56 €. INV-1001 über"
                + " 1.000,00 € ist seit dem 03.11.2026 30 Tage überfällig. Bitte zahlen Sie bis zum 10. Dezember 2026."
                + " Kreditlimit 5.000,00 €, verfügbar 3.765,44 €; 25 % der Rechnungen kamen spät.", "de"));
        assertEquals(List.of(), verify("Zenith Energy BV doit 1\u202F234,56 € au 3 décembre 2026 ; INV-1001 :"
                + " 1 000,00 €, échue le 3 novembre 2026.", "fr"));
        assertEquals(List.of(), verify("Zenith Energy BV is per 3 december 2026 € 1.234,56 verschuldigd;"
                + " INV-1001 vervallen op 03-11-2026.", "nl"));
        assertEquals(List.of(), verify("Zenith Energy BV debe 1.234,56 € a 3 de diciembre de 2026; INV-1001"
                + " vencida el 3 de noviembre de 2026, último pago 500,00 € el 20/11/2026.", "es"));
    }

    @Test
    void catchesInventedAmountsDatesPercentagesAndDocuments() {
        List<Violation> found = verify("You owe €1,234.57 since December 4, 2026; 12% interest applies to"
                + " INV-9999 and account C99999. Pay 250.00 by 2026-12-11.", "en");
        Set<String> texts = found.stream().map(Violation::text).collect(Collectors.toSet());
        assertTrue(texts.containsAll(Set.of("1,234.57", "December 4, 2026", "12%", "INV-9999", "C99999", "250.00",
                "2026-12-11")), found.toString());
        assertEquals(Set.of("AMOUNT", "DATE", "PERCENTAGE", "DOCUMENT"), kinds(found));
    }

    @Test
    void aRealFigureInAnotherLanguagesFormatIsAFormatViolation() {
        assertEquals(Set.of("FORMAT"), kinds(verify("Sie schulden 1,234.56 € seit dem December 3, 2026.", "de")));
        assertEquals(Set.of("FORMAT"), kinds(verify("You owe 1.234,56 € as of 3. Dezember 2026.", "en")));
        assertTrue(kinds(verify("Bitte zahlen Sie bis 12/10/2026.", "de")).contains("FORMAT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en:Your balance is zero.", "en:There is nothing owed on the account.",
        "en:Please pay tomorrow.", "en:We wrote to you last week.", "en:You owe one thousand two hundred euros.",
        "de:Ihr Saldo ist vollständig beglichen.", "de:Bitte zahlen Sie bis morgen.",
        "fr:Merci de payer demain.", "nl:Betaal vóór volgende week.", "es:Pague mañana, por favor.",
        "en:Please pay by Friday.", "en:Please pay by the end of December."})
    void catchesFactsInWordsAndRelativeTerms(String sample) {
        String[] parts = sample.split(":", 2);
        List<Violation> found = verify(parts[1], parts[0]);
        assertTrue(!found.isEmpty(), "no violation in: " + parts[1]);
        assertTrue(kinds(found).stream().allMatch(k -> Set.of("CLAIM", "RELATIVE_DATE", "WORDS", "DATE")
                .contains(k)), found.toString());
    }

    @Test
    void nothingOwedIsTrueOnlyWhenNothingIsOwed() {
        GroundingFacts settled = GroundingFacts.of(facts(new BigDecimal("0.00")));
        assertEquals(List.of(), GroundingVerifier.verify("Nothing is owed: the account is fully paid.", settled,
                "en"));
        assertEquals(Set.of("CLAIM"), kinds(verify("Nothing is owed: the account is fully paid.", "en")));
    }

    @Test
    void theTemplateWriterPassesForEveryCustomerInEveryLanguage() {
        int texts = 0;
        for (CustomerFacts facts : FactsCorpus.situations(30, 7)) {
            GroundingFacts grounding = GroundingFacts.of(facts);
            for (String language : LanguageFormats.SUPPORTED) {
                WrittenText summary = TemplateWriter.summary(facts, language);
                assertEquals(List.of(), GroundingVerifier.verify(summary.body(), grounding, language),
                        language + " summary of " + facts.account() + ":\n" + summary.body());
                texts++;
                if (!facts.overdueInvoices().isEmpty()) {
                    WrittenText reminder = TemplateWriter.reminder(facts, language);
                    assertEquals(List.of(), GroundingVerifier.verify(reminder.subject() + "\n" + reminder.body(),
                            grounding, language), language + " reminder of " + facts.account() + ":\n"
                            + reminder.body());
                    texts++;
                }
            }
        }
        assertTrue(texts >= 280, "texts checked: " + texts);
    }
}
