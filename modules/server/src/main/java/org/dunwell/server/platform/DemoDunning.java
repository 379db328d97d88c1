package org.dunwell.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.Cases;
import org.dunwell.dunning.api.DayBasis;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.InterestCalculation;
import org.dunwell.dunning.api.InterestCodeView;
import org.dunwell.dunning.api.InterestCodes;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.dunning.api.LetterSequences;
import org.dunwell.kernel.api.UserName;

/**
 * The demo company's dunning set-up: an interest code at the German statutory rate for businesses, a default
 * three-level letter sequence with fees in four currencies and letters in five languages, and two case categories
 * (LEGAL keeps its invoices out of letters).
 */
@ApplicationScoped
public class DemoDunning {

    private static final String[][] TEXTS = {
        {"en", "Payment reminder", "Perhaps you have overlooked the invoices below. Please pay them now.",
            "Second reminder", "We have not yet received payment of the invoices below despite our reminder.",
            "Final demand", "This is our final demand. Until payment we deliver only against prepayment."},
        {"de", "Zahlungserinnerung", "Sicher haben Sie die folgenden Rechnungen übersehen. Bitte zahlen Sie jetzt.",
            "Zweite Mahnung", "Trotz unserer Erinnerung ist die Zahlung der folgenden Rechnungen nicht eingegangen.",
            "Letzte Mahnung", "Dies ist unsere letzte Mahnung. Bis zur Zahlung liefern wir nur gegen Vorkasse."},
        {"fr", "Rappel de paiement", "Les factures ci-dessous ont peut-être échappé à votre attention.",
            "Deuxième rappel", "Malgré notre rappel, nous n'avons pas reçu le paiement des factures ci-dessous.",
            "Mise en demeure", "Ceci est notre dernière relance avant recouvrement."},
        {"nl", "Betalingsherinnering", "Wellicht zijn de onderstaande facturen aan uw aandacht ontsnapt.",
            "Tweede herinnering", "Ondanks onze herinnering hebben wij de betaling nog niet ontvangen.",
            "Laatste aanmaning", "Dit is onze laatste aanmaning. Tot betaling leveren wij alleen tegen vooruitbetaling."},
        {"es", "Recordatorio de pago", "Es posible que las facturas siguientes le hayan pasado desapercibidas.",
            "Segundo recordatorio", "A pesar de nuestro recordatorio no hemos recibido el pago de estas facturas.",
            "Último requerimiento", "Este es nuestro último requerimiento antes de iniciar el cobro."}};

    @Inject
    LetterSequences sequences;

    @Inject
    InterestCodes interest;

    @Inject
    Cases cases;

    void load(String company, UserName actor) {
        interest.put(company, new InterestCodeView(company, "STAT", "example rates: base rate + 9 points (§288 BGB); set the current ones",
                DayBasis.ACTUAL_365, InterestCalculation.FROM_DUE_DATE, new BigDecimal("1.00"), false, false,
                List.of(new InterestCodeView.Rate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null,
                                new BigDecimal("10.27")),
                        new InterestCodeView.Rate(LocalDate.of(2026, 7, 1), null, null, null,
                                new BigDecimal("10.12"))), 0), null, "demo data", actor);
        List<LetterSequenceView.Level> levels = new ArrayList<>();
        String[] fees = {"0.00", "5.00", "10.00"};
        int[] days = {14, 14, 30};
        for (int level = 1; level <= 3; level++) {
            List<LetterSequenceView.Amount> amounts = new ArrayList<>();
            for (String currency : List.of("EUR", "USD", "GBP", "CHF")) {
                amounts.add(new LetterSequenceView.Amount(currency, new BigDecimal(fees[level - 1]),
                        new BigDecimal("20.00")));
            }
            List<LetterSequenceView.Text> texts = new ArrayList<>();
            for (String[] language : TEXTS) {
                texts.add(new LetterSequenceView.Text(language[0], language[level * 2 - 1], language[level * 2]));
            }
            levels.add(new LetterSequenceView.Level(level, days[level - 1], level == 3, false,
                    level == 3 ? "STAT" : null, amounts, texts));
        }
        sequences.put(company, new LetterSequenceView(company, "STANDARD", "reminder, second reminder, final demand",
                LetterScope.PER_CUSTOMER, EscalationRule.ONE_LEVEL_PER_RUN, true, List.of(), levels, 0), null,
                "demo data", actor);
        cases.putCategory(company, "GENERAL", "anything else", false, null, "demo data", actor);
        cases.putCategory(company, "LEGAL", "with our lawyers: no letters", true, null, "demo data", actor);
    }
}
