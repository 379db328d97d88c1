package org.dunwell.ledger.domain.aging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;

/**
 * The buckets of an aging definition laid over an as-of date: for each bucket the range of
 * basis dates (due or document date) that falls in it, computed here in Java so that the
 * database only compares dates. Also the contract's rule for credits: unsettled payments and
 * unapplied credit notes reduce the oldest non-zero bucket first, then the next younger one;
 * what is left makes the first bucket negative.
 */
public final class AgingLayout {

    /** Inclusive basis-date range of one bucket; null means unbounded. */
    public record DateRange(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private final List<AgingBucketSpec> buckets;
    private final List<DateRange> ranges;

    private AgingLayout(List<AgingBucketSpec> buckets, List<DateRange> ranges) {
        this.buckets = buckets;
        this.ranges = ranges;
    }

    /**
     * Lays the buckets over {@code asOf}. The buckets must cover every age exactly once: the
     * first open below, the last open above, each starting where the previous one ended.
     */
    public static AgingLayout of(List<AgingBucketSpec> buckets, AgingBasis basis, LocalDate asOf) {
        validate(buckets);
        List<DateRange> ranges = new ArrayList<>();
        for (AgingBucketSpec bucket : buckets) {
            LocalDate to = bucket.from() == null ? null : oldestDateOfAge(bucket.from(), basis.unit(), asOf);
            LocalDate from = bucket.to() == null ? null : youngestBoundary(bucket.to(), basis.unit(), asOf);
            ranges.add(new DateRange(from, to));
        }
        return new AgingLayout(List.copyOf(buckets), List.copyOf(ranges));
    }

    /** The latest basis date whose age is at least {@code age}. */
    private static LocalDate oldestDateOfAge(int age, AgingBasis.Unit unit, LocalDate asOf) {
        return unit == AgingBasis.Unit.DAYS ? asOf.minusDays(age) : asOf.minusMonths(age);
    }

    /** The earliest basis date whose age is at most {@code age}. */
    private static LocalDate youngestBoundary(int age, AgingBasis.Unit unit, LocalDate asOf) {
        return unit == AgingBasis.Unit.DAYS ? asOf.minusDays(age) : asOf.minusMonths(age + 1L).plusDays(1);
    }

    public static void validate(List<AgingBucketSpec> buckets) {
        AgingBucketSpec.validate(buckets);
    }

    public List<AgingBucketSpec> buckets() {
        return buckets;
    }

    public List<DateRange> ranges() {
        return ranges;
    }

    /** The bucket of a basis date. */
    public int bucketOf(LocalDate basisDate) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(basisDate)) {
                return i;
            }
        }
        throw new IllegalStateException("no bucket for " + basisDate + ": the definition has a gap");
    }

    /**
     * The final buckets: what the debits have open per bucket, reduced by what the credits have
     * open, oldest bucket first; the rest of the credits makes the first bucket negative. Plain
     * amounts of the customer's one currency (an aging makes hundreds of thousands of these: no
     * {@code Money} per step); answers a new array.
     */
    public static BigDecimal[] applyCredits(BigDecimal[] debits, BigDecimal credits) {
        BigDecimal[] result = debits.clone();
        BigDecimal left = credits;
        for (int i = result.length - 1; i >= 0 && left.signum() > 0; i--) {
            BigDecimal taken = left.min(result[i].max(BigDecimal.ZERO));
            result[i] = result[i].subtract(taken);
            left = left.subtract(taken);
        }
        if (left.signum() > 0) {
            result[0] = result[0].subtract(left);
        }
        return result;
    }
}
