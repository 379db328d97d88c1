package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer's collections figures as of a day: master data pools filter on, its aging (every
 * bucket of the definition, with the disputed part of each), the balance in the company's
 * accounting currency (null without an exchange rate), the days past due of its oldest overdue
 * debit, and its credit standing. Collections work on what is not disputed: {@code
 * collectibleBalance} is the balance less its disputed amounts, in the accounting currency (null
 * without a rate); {@code mostAgedBucket} is the name of the oldest bucket with a positive
 * undisputed amount (null: none; ledger {@code Overdue.mostAged}, disputed amounts excluded) and
 * {@code mostAgedAmount} that undisputed amount in the accounting currency. {@code oldestOverdueDays}
 * is the one definition's (ledger {@code Overdue}: after unapplied credits, no exclusion), as in the
 * credit profile.
 */
@Schema(description = "A customer's collections figures as of a day: master data pools filter on, its aging (every bucket of the definition, with the disputed part of each), the balance in the company's accounting currency (null without an exchange rate), the days past due of its oldest overdue debit (after unapplied credits, as the credit profile has them), its credit standing, and the name of its most-aged bucket with an undisputed amount.")
public record CustomerFigures(String account, String name, String currency, String region, String group,
                              String responsible, LocalDate asOf, Money balance, Money accountingBalance,
                              Money collectibleBalance, List<Bucket> buckets, int oldestOverdueDays, Money creditLimit, Money availableCredit,
                              boolean overLimit, Integer riskScore, String riskGroup, boolean onHold,
                              String mostAgedBucket, Money mostAgedAmount) {

    public CustomerFigures {
        buckets = List.copyOf(buckets);
    }

    /** One bucket: its amount, and how much of it in how many invoices is disputed. */
    @Schema(name = "FigureBucket", description = "One bucket: its amount, and how much of it in how many invoices is disputed.")
    public record Bucket(String name, Money amount, Money disputedAmount, int disputedCount) {
    }

    /** The place of {@code mostAgedBucket} among the buckets, youngest first (-1: none): what orders by age. */
    public int mostAgedRank() {
        for (int i = 0; i < buckets.size(); i++) {
            if (buckets.get(i).name().equals(mostAgedBucket)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Bucket> bucket(String bucketName) {
        return buckets.stream().filter(b -> b.name().equals(bucketName)).findFirst();
    }
}
