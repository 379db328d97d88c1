package org.dunwell.dunning.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.infrastructure.PdfDocuments;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Letters and statements as PDF in each letter language: the text extracted from the PDF names the company, the
 * customer and contact, every invoice with its days overdue, the fee, interest, total and payment instructions, in
 * the language's wording and its number and date formats.
 */
class LetterPdfTest {

    private static final PdfDocuments RENDERER = new PdfDocuments();

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    private static LetterView letter(String language) {
        return new LetterView(1L, "DL7-1", "DW01", "C1", "Erste GmbH", "STD", 2, LocalDate.of(2026, 12, 3),
                language, "Anna Schmidt", "anna@erste.example", "EUR", new BigDecimal("12345.67"),
                new BigDecimal("5.00"), new BigDecimal("15.34"), new BigDecimal("12366.01"), "DL7-1-F", "Subject "
                + language, "First paragraph.\n\nSecond paragraph.", true, false, 0, List.of(
                        new LetterView.Invoice("INV-1001", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), 63,
                                new BigDecimal("12000.00"), new BigDecimal("15.34"), "DL7-1-I1"),
                        new LetterView.Invoice("INV-1002", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), 32,
                                new BigDecimal("345.67"), BigDecimal.ZERO.setScale(2), null)), "manager",
                Instant.EPOCH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|December 3, 2026|€12,345.67|€12,366.01|Reminder fee|Days overdue|Please pay €12,366.01 to Dunwell Demo",
        "de|3. Dezember 2026|12.345,67 €|12.366,01 €|Mahngebühr|Tage überfällig|Bitte überweisen Sie 12.366,01 €",
        "fr|3 décembre 2026|12 345,67 €|12 366,01 €|Frais de relance|Jours de retard|de régler 12 366,01 €",
        "nl|3 december 2026|€ 12.345,67|€ 12.366,01|Aanmaningskosten|Dagen te laat|verzoeken u € 12.366,01",
        "es|3 de diciembre de 2026|12.345,67 €|12.366,01 €|Gastos de reclamación|Días de retraso|paguen 12.366,01 €"})
    void aLetterShowsEverythingInItsLanguagesWordsAndFormats(String language, String date, String overdue,
                                                            String total, String feeLabel, String daysLabel,
                                                            String payment) throws IOException {
        byte[] pdf = RENDERER.pdf("letter", LetterDocuments.letter(letter(language), "Dunwell Demo"));
        if (System.getProperty("dunwell.pdf.out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("dunwell.pdf.out"), language + ".pdf"), pdf);
        }
        String text = text(pdf);
        assertThat(text).contains("Dunwell Demo", "Erste GmbH", "Anna Schmidt", "C1", "DL7-1", "Subject " + language,
                "First paragraph.", "Second paragraph.", "INV-1001", "INV-1002", "63", "32", date, overdue, total,
                feeLabel, daysLabel, payment);
        assertThat(text.replaceAll("\\s+", " ")).contains(payment);
    }

    @Test
    void aStatementListsOpenItemsWithBalanceAndOverdueAsOfItsDate() throws IOException {
        var eur = Money.currency("EUR");
        Statement statement = new Statement("DW01", "C1", "EUR", LocalDate.of(2026, 12, 3),
                Money.of(new BigDecimal("900.00"), eur), List.of(
                        new OpenItem("INV-1", DocumentKind.INVOICE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1),
                                Money.of(new BigDecimal("1000.00"), eur), Money.of(new BigDecimal("1000.00"), eur),
                                CollectionStatus.NONE, null, null, null),
                        new OpenItem("CN-1", DocumentKind.CREDIT_NOTE, LocalDate.of(2026, 11, 5), null,
                                Money.of(new BigDecimal("100.00"), eur), Money.of(new BigDecimal("100.00"), eur),
                                CollectionStatus.NONE, null, null, null)), List.of());
        String text = text(RENDERER.pdf("statement", LetterDocuments.statement(statement, "de", "Dunwell Demo",
                "Erste GmbH", "Anna Schmidt")));
        assertThat(text).contains("Kontoauszug", "3. Dezember 2026", "INV-1", "Rechnung", "CN-1", "Gutschrift",
                "1.000,00 €", "-100,00 €", "900,00 €", "32");
        assertThat(text.replaceAll("\\s+", " ")).contains("überfälligen Betrag von 1.000,00 €");
    }

    @Test
    void everyLetterLanguageHasEveryWording() {
        Map<String, String> english = LetterLanguage.load("en");
        for (String language : LetterLanguage.SUPPORTED) {
            assertThat(LetterLanguage.load(language).keySet()).as(language).isEqualTo(english.keySet());
        }
    }
}
