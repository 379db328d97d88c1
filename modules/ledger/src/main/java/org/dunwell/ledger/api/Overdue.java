package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one definition of overdue (issue 19): what is past due on a day after the customer's unapplied credits,
 * which pay the oldest debts first as the contract's aging has them. A caller names its exclusions: debits marked
 * with one of them are left out before the credits are applied. The credit profile, the workspace, pools and
 * snapshots, and later dunning and automation, compute oldest overdue days and the overdue amount here, each with
 * the exclusions it says.
 */
public final class Overdue {

    /** What a caller may leave out of overdue. */
    public enum Exclusion { DISPUTED, PROMISED, PAUSED, HELD }

    /** No exclusion: everything open and past due counts. */
    public static final Set<Exclusion> NONE = EnumSet.noneOf(Exclusion.class);

    /** An open debit: its due date, what is open of it on the day, and its marks. */
    public record Debit(LocalDate dueDate, BigDecimal open, Set<Exclusion> marks) {

        public Debit {
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(open, "open");
            marks = marks == null || marks.isEmpty() ? NONE : EnumSet.copyOf(marks);
        }
    }

    /** The overdue amount and the due date of the oldest debt still overdue (null: none). */
    public record Figures(BigDecimal amount, LocalDate oldestDueDate) {

        /** Days from the oldest overdue due date to {@code asOf}; 0 when nothing is overdue. */
        public int oldestDays(LocalDate asOf) {
            return oldestDueDate == null ? 0 : (int) ChronoUnit.DAYS.between(oldestDueDate, asOf);
        }
    }

    private Overdue() {
    }

    /**
     * What of {@code debits} is past due on {@code asOf} once {@code unappliedCredits} paid the oldest (by due date)
     * first, leaving out the debits marked with one of {@code excluded}.
     */
    public static Figures of(Collection<Debit> debits, BigDecimal unappliedCredits, LocalDate asOf,
                             Set<Exclusion> excluded) {
        List<Debit> list = List.copyOf(debits);
        List<BigDecimal> overdue = each(list, unappliedCredits, asOf, excluded);
        BigDecimal amount = BigDecimal.ZERO;
        LocalDate oldest = null;
        for (int i = 0; i < list.size(); i++) {
            if (overdue.get(i).signum() > 0) {
                amount = amount.add(overdue.get(i));
                if (oldest == null || list.get(i).dueDate().isBefore(oldest)) {
                    oldest = list.get(i).dueDate();
                }
            }
        }
        return new Figures(amount, oldest);
    }

    /**
     * What of each of {@code debits} (in their order) is overdue on {@code asOf}, by the rule of {@link #of}: zero
     * for a debit not past due, marked with one of {@code excluded}, or paid by the unapplied credits. Letters
     * list the invoices this leaves overdue.
     */
    public static List<BigDecimal> each(List<Debit> debits, BigDecimal unappliedCredits, LocalDate asOf,
                                        Set<Exclusion> excluded) {
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < debits.size(); i++) {
            Debit debit = debits.get(i);
            if (debit.open().signum() > 0 && debit.dueDate().isBefore(asOf)
                    && debit.marks().stream().noneMatch(excluded::contains)) {
                counted.add(i);
            }
        }
        counted.sort(Comparator.comparing(i -> debits.get(i).dueDate()));
        BigDecimal[] overdue = new BigDecimal[debits.size()];
        java.util.Arrays.fill(overdue, BigDecimal.ZERO);
        BigDecimal credit = unappliedCredits == null ? BigDecimal.ZERO : unappliedCredits.max(BigDecimal.ZERO);
        for (int i : counted) {
            BigDecimal remaining = debits.get(i).open().subtract(credit);
            credit = remaining.signum() < 0 ? remaining.negate() : BigDecimal.ZERO;
            overdue[i] = remaining.max(BigDecimal.ZERO);
        }
        return List.of(overdue);
    }

    /**
     * The place of the most-aged bucket (youngest first) whose amount, less what of it is {@code excluded}, is
     * positive; -1 when none. {@code amounts} are an aging's buckets after unapplied credits; a caller passes
     * the amounts of what it excludes (the workspace: the disputed part of each bucket), or zeros.
     */
    public static int mostAged(List<BigDecimal> amounts, List<BigDecimal> excluded) {
        int found = -1;
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal counted = excluded == null || excluded.isEmpty() ? amounts.get(i)
                    : amounts.get(i).subtract(excluded.get(i));
            if (counted.signum() > 0) {
                found = i;
            }
        }
        return found;
    }
}
