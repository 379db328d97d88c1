package org.dunwell.sandboxes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Osprey insurer's desk: a cover request is {@code pending} until the delay has passed, then decided — up to
 * 100 000 granted as asked, above that partially (80 %, in whole thousands), refused for a buyer whose name says
 * "INSOLVENT"; valid a year from the decision, 90 % covered. A claim is {@code received}, {@code under_review} after one
 * delay and {@code paid} (90 % of the amount claimed) after two; the same claim number again is the same claim.
 */
final class OspreyUnderwriting {

    static final BigDecimal GRANTED_UP_TO = new BigDecimal("100000");
    static final List<String> CONDITIONS = List.of("payment terms at most 60 days");

    /** A cover as {@code GET /v1/covers/{id}} answers it; insured amount null unless granted or partial. */
    record Cover(String coverId, String status, BigDecimal insuredAmount, String currency, LocalDate validFrom,
                 LocalDate validTo, Integer coveragePercent, List<String> conditions) {
    }

    /** A claim as {@code GET /v1/claims/{id}} answers it. */
    record Claim(String claimId, String claimNumber, String status, BigDecimal settledAmount, String currency,
                 LocalDate asOf, String note) {
    }

    private record Requested(String id, String buyerName, BigDecimal amount, String currency, Instant at) {
    }

    private record Filed(String id, String claimNumber, BigDecimal amount, String currency, Instant at) {
    }

    private final Duration delay;
    private final Clock clock;
    private final AtomicLong numbers = new AtomicLong(1000);
    private final Map<String, Requested> covers = new ConcurrentHashMap<>();
    private final Map<String, Filed> claims = new ConcurrentHashMap<>();
    private final Map<String, String> claimsByNumber = new ConcurrentHashMap<>();

    OspreyUnderwriting(Duration delay, Clock clock) {
        this.delay = delay;
        this.clock = clock;
    }

    Cover request(String buyerName, BigDecimal amount, String currency) {
        String id = "OSP-C-" + numbers.incrementAndGet();
        covers.put(id, new Requested(id, buyerName == null ? "" : buyerName, amount, currency, clock.instant()));
        return cover(id).orElseThrow();
    }

    Optional<Cover> cover(String id) {
        Requested asked = covers.get(id);
        if (asked == null) {
            return Optional.empty();
        }
        Instant decided = asked.at().plus(delay);
        if (clock.instant().isBefore(decided)) {
            return Optional.of(new Cover(id, "pending", null, asked.currency(), null, null, null, List.of()));
        }
        LocalDate from = LocalDate.ofInstant(decided, ZoneOffset.UTC);
        LocalDate to = from.plusYears(1).minusDays(1);
        if (asked.buyerName().toUpperCase(Locale.ROOT).contains("INSOLVENT")) {
            return Optional.of(new Cover(id, "refused", null, asked.currency(), null, null, null, List.of()));
        }
        if (asked.amount().compareTo(GRANTED_UP_TO) <= 0) {
            return Optional.of(new Cover(id, "granted", asked.amount(), asked.currency(), from, to, 90, CONDITIONS));
        }
        BigDecimal partial = asked.amount().multiply(new BigDecimal("0.8"))
                .divide(new BigDecimal("1000"), 0, RoundingMode.DOWN).multiply(new BigDecimal("1000")).setScale(2);
        return Optional.of(new Cover(id, "partial", partial, asked.currency(), from, to, 90, CONDITIONS));
    }

    String notice() {
        return "OSP-N-" + numbers.incrementAndGet();
    }

    Claim file(String claimNumber, BigDecimal amount, String currency) {
        String id = claimsByNumber.computeIfAbsent(claimNumber, n -> {
            String newId = "OSP-K-" + numbers.incrementAndGet();
            claims.put(newId, new Filed(newId, n, amount, currency, clock.instant()));
            return newId;
        });
        return claim(id).orElseThrow();
    }

    Optional<Claim> claim(String id) {
        Filed filed = claims.get(id);
        if (filed == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isBefore(filed.at().plus(delay))) {
            return Optional.of(new Claim(id, filed.claimNumber(), "received", null, filed.currency(), null, null));
        }
        if (now.isBefore(filed.at().plus(delay.multipliedBy(2)))) {
            return Optional.of(new Claim(id, filed.claimNumber(), "under_review", null, filed.currency(), null, null));
        }
        Instant paid = filed.at().plus(delay.multipliedBy(2));
        return Optional.of(new Claim(id, filed.claimNumber(), "paid",
                filed.amount().multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_EVEN), filed.currency(),
                LocalDate.ofInstant(paid, ZoneOffset.UTC), "90% of the amount claimed"));
    }
}
