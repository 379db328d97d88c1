package org.dunwell.dunning.domain.sequence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.ledger.api.Overdue;

/**
 * Which letters a customer is due on a day, by its sequence: which of its open debits are overdue (the ledger's
 * one overdue rule, with disputed, promised, paused and case-held debits left out and said why), which of those
 * have waited long enough for a letter, at which level by the sequence's escalation rule, and whether the overdue
 * amount reaches the level's minimum. Pure: the caller reads the ledger and stores the result.
 */
public final class LetterPlanner {

    /** Marks that keep a debit out of letters, and how a proposal says so. */
    public static final Map<Overdue.Exclusion, String> WHY = Map.of(
            Overdue.Exclusion.DISPUTED, "disputed",
            Overdue.Exclusion.PROMISED, "payment promised",
            Overdue.Exclusion.PAUSED, "paused",
            Overdue.Exclusion.HELD, "in a case that stops dunning");

    private static final Set<Overdue.Exclusion> ALL_MARKS = EnumSet.allOf(Overdue.Exclusion.class);

    /** An open debit as letters see it: its level so far (0: none) and the date of the letter that gave it. */
    public record Debit(String document, LocalDate documentDate, LocalDate dueDate, BigDecimal open, int level,
                        LocalDate lastLetter, Set<Overdue.Exclusion> marks) {
    }

    /** A debit in a planned letter, or left out of it ({@code excludedBecause}). */
    public record PlannedDebit(String document, LocalDate documentDate, LocalDate dueDate, int daysOverdue,
                               BigDecimal overdue, int levelBefore, String excludedBecause) {

        public boolean included() {
            return excludedBecause == null;
        }
    }

    /**
     * A letter to send at {@code level} (0 with {@code reason} saying why none is sent), its debits (included and
     * left out) and the overdue amount of those included.
     */
    public record Plan(int level, List<PlannedDebit> debits, BigDecimal overdue, String reason) {

        public boolean letter() {
            return level > 0;
        }
    }

    private LetterPlanner() {
    }

    /**
     * The letters {@code debits} call for on {@code asOf}: one plan for a per-customer sequence, one per debit due
     * a letter for a per-invoice one; {@code minimum} is the least overdue a letter of a level needs (the level's
     * minimum in the customer's currency).
     */
    public static List<Plan> plan(LetterSequence sequence, List<Debit> debits, BigDecimal unappliedCredits,
                                  LocalDate asOf, java.util.function.IntFunction<BigDecimal> minimum) {
        List<Overdue.Debit> ledger = debits.stream().map(d -> new Overdue.Debit(d.dueDate(), d.open(), d.marks()))
                .toList();
        List<BigDecimal> overdue = Overdue.each(ledger, unappliedCredits, asOf, ALL_MARKS);
        int firstDays = sequence.level(1).map(LetterLevel::days).orElse(Integer.MAX_VALUE);
        List<PlannedDebit> dunnable = new ArrayList<>();
        List<PlannedDebit> left = new ArrayList<>();
        for (int i = 0; i < debits.size(); i++) {
            Debit debit = debits.get(i);
            int days = (int) ChronoUnit.DAYS.between(debit.dueDate(), asOf);
            if (!debit.dueDate().isBefore(asOf) || debit.open().signum() <= 0) {
                continue;
            }
            String why = debit.marks().stream().sorted().map(WHY::get).findFirst().orElse(null);
            if (why == null && overdue.get(i).signum() == 0) {
                why = "paid by the customer's unapplied credits";
            } else if (why == null && days < firstDays) {
                why = days + " days past due; level 1 waits " + firstDays;
            }
            PlannedDebit planned = new PlannedDebit(debit.document(), debit.documentDate(), debit.dueDate(), days,
                    why == null ? overdue.get(i) : debit.open(), debit.level(), why);
            (why == null ? dunnable : left).add(planned);
        }
        if (sequence.scope() == LetterScope.PER_INVOICE) {
            List<Plan> plans = new ArrayList<>();
            for (PlannedDebit one : dunnable) {
                Debit debit = debits.stream().filter(d -> d.document().equals(one.document())).findFirst()
                        .orElseThrow();
                plans.add(decide(sequence, List.of(debit), List.of(one), List.of(), asOf, minimum));
            }
            return plans;
        }
        List<Debit> states = dunnable.stream().map(p -> debits.stream()
                .filter(d -> d.document().equals(p.document())).findFirst().orElseThrow()).toList();
        return List.of(decide(sequence, states, dunnable, left, asOf, minimum));
    }

    private static Plan decide(LetterSequence sequence, List<Debit> states, List<PlannedDebit> dunnable,
                               List<PlannedDebit> left, LocalDate asOf,
                               java.util.function.IntFunction<BigDecimal> minimum) {
        List<PlannedDebit> all = new ArrayList<>(dunnable);
        all.addAll(left);
        all.sort(Comparator.comparing(PlannedDebit::dueDate).thenComparing(PlannedDebit::document));
        if (dunnable.isEmpty()) {
            return new Plan(0, all, BigDecimal.ZERO, left.isEmpty() ? "nothing overdue"
                    : "nothing overdue that a letter may name");
        }
        int last = sequence.lastLevel();
        int level = 0;
        String reason;
        if (sequence.escalation() == EscalationRule.BY_DAYS_OVERDUE) {
            Debit oldest = states.stream().min(Comparator.comparing(Debit::dueDate)).orElseThrow();
            int days = (int) ChronoUnit.DAYS.between(oldest.dueDate(), asOf);
            int reached = 0;
            int sum = 0;
            for (LetterLevel l : sequence.levels()) {
                sum += l.days();
                if (days >= sum) {
                    reached = l.number();
                }
            }
            int highest = states.stream().mapToInt(Debit::level).max().orElse(0);
            level = reached > highest ? reached : 0;
            reason = "BY_DAYS_OVERDUE: oldest " + oldest.document() + " " + days + " days past due reaches level "
                    + reached + (level == 0 ? ", sent already" : "");
        } else {
            Debit leading = states.stream().max(Comparator.comparingInt(Debit::level)
                    .thenComparing(Debit::dueDate, Comparator.reverseOrder())).orElseThrow();
            int next = leading.level() + 1;
            LocalDate since = leading.level() == 0 ? leading.dueDate() : leading.lastLetter();
            long waited = ChronoUnit.DAYS.between(since, asOf);
            if (next > last) {
                reason = "ONE_LEVEL_PER_RUN: " + leading.document() + " at the last level " + last;
            } else {
                int needs = sequence.level(next).orElseThrow().days();
                level = waited >= needs ? next : 0;
                reason = "ONE_LEVEL_PER_RUN: " + leading.document() + " at level " + leading.level()
                        + (leading.level() == 0 ? ", " + waited + " days past due" : " since " + since + ", "
                        + waited + " days since that letter") + ", level " + next + " waits " + needs;
            }
        }
        if (level == 0) {
            return new Plan(0, all, BigDecimal.ZERO, reason);
        }
        int letterLevel = level;
        BigDecimal total = dunnable.stream().map(PlannedDebit::overdue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal least = minimum.apply(letterLevel);
        if (least != null && total.compareTo(least) < 0) {
            return new Plan(0, all, total, reason + "; overdue " + total.toPlainString() + " is below level "
                    + letterLevel + "'s minimum " + least.toPlainString());
        }
        return new Plan(letterLevel, all, total, reason);
    }
}
