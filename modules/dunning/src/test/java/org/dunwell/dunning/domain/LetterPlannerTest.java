package org.dunwell.dunning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.dunning.domain.sequence.LetterPlanner;
import org.dunwell.dunning.domain.sequence.LetterPlanner.Debit;
import org.dunwell.dunning.domain.sequence.LetterPlanner.Plan;
import org.dunwell.dunning.domain.sequence.LetterSequence;
import org.dunwell.ledger.api.Overdue;
import org.junit.jupiter.api.Test;

/** Which letter a customer is due, with a moving date: both escalation rules, minimums, exclusions, scopes. */
class LetterPlannerTest {

    private static final LocalDate DUE = LocalDate.of(2026, 10, 1);

    static LetterSequence sequence(EscalationRule rule, LetterScope scope, int... days) {
        LetterSequence sequence = new LetterSequence("Q1", "STD", "admin", Instant.EPOCH);
        List<LetterSequenceView.Level> levels = new java.util.ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            levels.add(new LetterSequenceView.Level(i + 1, days[i], false, false, null, List.of(),
                    List.of(new LetterSequenceView.Text("en", "Reminder", "Please pay"))));
        }
        sequence.define(new LetterSequenceView("Q1", "STD", null, scope, rule, true, List.of(), levels, 0));
        return sequence;
    }

    private static Debit debit(String document, LocalDate due, String open, int level, LocalDate lastLetter,
                               Overdue.Exclusion... marks) {
        return new Debit(document, due.minusDays(30), due, new BigDecimal(open), level, lastLetter, Set.of(marks));
    }

    private static Plan one(LetterSequence sequence, List<Debit> debits, LocalDate asOf, String minimum) {
        List<Plan> plans = LetterPlanner.plan(sequence, debits, BigDecimal.ZERO, asOf,
                level -> new BigDecimal(minimum));
        assertThat(plans).hasSize(1);
        return plans.get(0);
    }

    @Test
    void oneLevelPerRunClimbsOnceTheDaysSinceTheLastLetterHavePassed() {
        LetterSequence sequence = sequence(EscalationRule.ONE_LEVEL_PER_RUN, LetterScope.PER_CUSTOMER, 14, 14, 30);
        assertThat(one(sequence, List.of(debit("I1", DUE, "100.00", 0, null)), DUE.plusDays(9), "0").level())
                .as("9 days past due: level 1 waits 14").isZero();
        Plan first = one(sequence, List.of(debit("I1", DUE, "100.00", 0, null)), DUE.plusDays(19), "0");
        assertThat(first.level()).isEqualTo(1);
        assertThat(first.reason()).contains("ONE_LEVEL_PER_RUN", "I1", "19 days past due");
        LocalDate letter = DUE.plusDays(19);
        assertThat(one(sequence, List.of(debit("I1", DUE, "100.00", 1, letter)), letter.plusDays(10), "0").level())
                .as("10 days after the first letter").isZero();
        assertThat(one(sequence, List.of(debit("I1", DUE, "100.00", 1, letter)), letter.plusDays(16), "0").level())
                .isEqualTo(2);
        assertThat(one(sequence, List.of(debit("I1", DUE, "100.00", 1, letter)), letter.plusDays(400), "0").level())
                .as("one level per run however late").isEqualTo(2);
        Plan atLast = one(sequence, List.of(debit("I1", DUE, "100.00", 3, letter)), letter.plusDays(400), "0");
        assertThat(atLast.level()).isZero();
        assertThat(atLast.reason()).contains("last level 3");
    }

    @Test
    void byDaysOverdueJumpsToTheLevelTheOldestInvoiceReaches() {
        LetterSequence sequence = sequence(EscalationRule.BY_DAYS_OVERDUE, LetterScope.PER_CUSTOMER, 14, 14, 30);
        List<Debit> never = List.of(debit("I1", DUE, "100.00", 0, null), debit("I2", DUE.plusDays(40), "50.00", 0,
                null));
        // 50 days: 14 + 14 = 28 <= 50 < 58
        Plan second = one(sequence, never, DUE.plusDays(50), "0");
        assertThat(second.level()).isEqualTo(2);
        assertThat(second.reason()).contains("oldest I1 50 days past due reaches level 2");
        assertThat(second.debits()).extracting(d -> d.document() + ":" + d.included())
                .as("I2 is 10 days past due: not yet a letter's").containsExactly("I1:true", "I2:false");
        assertThat(one(sequence, never, DUE.plusDays(61), "0").level()).isEqualTo(3);
        assertThat(one(sequence, List.of(debit("I1", DUE, "100.00", 3, DUE.plusDays(61))), DUE.plusDays(90), "0")
                .level()).as("reached and sent already").isZero();
    }

    @Test
    void aLetterNeedsTheLevelsMinimumOverdue() {
        LetterSequence sequence = sequence(EscalationRule.ONE_LEVEL_PER_RUN, LetterScope.PER_CUSTOMER, 14);
        Plan small = one(sequence, List.of(debit("I1", DUE, "100.00", 0, null)), DUE.plusDays(20), "150.00");
        assertThat(small.level()).isZero();
        assertThat(small.reason()).contains("overdue 100.00 is below level 1's minimum 150.00");
        assertThat(one(sequence, List.of(debit("I1", DUE, "100.00", 0, null), debit("I2", DUE, "60.00", 0, null)),
                DUE.plusDays(20), "150.00").level()).isEqualTo(1);
    }

    @Test
    void disputedPromisedPausedAndCaseHeldDebitsAndThoseCreditsPayAreLeftOutAndSaidWhy() {
        LetterSequence sequence = sequence(EscalationRule.ONE_LEVEL_PER_RUN, LetterScope.PER_CUSTOMER, 14);
        List<Debit> debits = List.of(
                debit("I1", DUE, "100.00", 0, null),
                debit("I2", DUE.plusDays(1), "100.00", 0, null, Overdue.Exclusion.DISPUTED),
                debit("I3", DUE.plusDays(2), "100.00", 0, null, Overdue.Exclusion.PROMISED),
                debit("I4", DUE.plusDays(3), "100.00", 0, null, Overdue.Exclusion.PAUSED),
                debit("I5", DUE.plusDays(4), "100.00", 0, null, Overdue.Exclusion.HELD),
                debit("I6", DUE.plusDays(5), "80.00", 0, null));
        Plan plan = LetterPlanner.plan(sequence, debits, new BigDecimal("130.00"), DUE.plusDays(30),
                level -> BigDecimal.ZERO).get(0);
        // the 130.00 of credits pay I1 (100.00) and 30.00 of I6: 50.00 of I6 is left overdue
        assertThat(plan.level()).isEqualTo(1);
        assertThat(plan.overdue()).isEqualByComparingTo("50.00");
        assertThat(plan.debits()).extracting(d -> d.document() + ":" + d.excludedBecause()).containsExactly(
                "I1:paid by the customer's unapplied credits", "I2:disputed", "I3:payment promised", "I4:paused",
                "I5:in a case that stops dunning", "I6:null");
    }

    @Test
    void aPerInvoiceSequencePlansOneLetterPerInvoice() {
        LetterSequence sequence = sequence(EscalationRule.ONE_LEVEL_PER_RUN, LetterScope.PER_INVOICE, 14, 14);
        List<Plan> plans = LetterPlanner.plan(sequence, List.of(debit("I1", DUE, "100.00", 1, DUE.plusDays(15)),
                debit("I2", DUE.plusDays(5), "70.00", 0, null)), BigDecimal.ZERO, DUE.plusDays(30),
                level -> BigDecimal.ZERO);
        assertThat(plans).extracting(p -> p.debits().get(0).document() + "@" + p.level())
                .containsExactly("I1@2", "I2@1");
    }
}
