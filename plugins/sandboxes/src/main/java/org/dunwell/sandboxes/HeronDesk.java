package org.dunwell.sandboxes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Heron agency's desk: a claim placed (the same client reference again: the same claim) is worked as time
 * passes — one delay later its status is {@code in_progress}, two delays later the debtor has paid half of the first
 * invoice and Heron charges its 12 % commission on it as a fee. A recalled claim is no longer worked. Events are published in the order they happen and
 * read after a cursor; a page with something new repeats the last event already read, as an agency that sends an
 * event twice would.
 */
final class HeronDesk {

    static final BigDecimal COMMISSION = new BigDecimal("0.12");
    static final int PAGE = 50;

    /** One invoice of a claim: its number and open amount. */
    record Invoice(String number, BigDecimal open, String currency) {
    }

    /** An event as {@code GET /v2/events} lists it; amount, date, invoice and description only where they apply. */
    record Event(String eventId, String claimId, String type, String status, Instant at, BigDecimal amount,
                 String currency, LocalDate date, String invoice, String description) {
    }

    /** A page of events and the cursor after it (null when there has never been one). */
    record Page(List<Event> events, String next) {
    }

    private record Placed(String claimId, Instant at, List<Invoice> invoices) {
    }

    private final Duration delay;
    private final Clock clock;
    private final Map<String, Placed> claims = new ConcurrentHashMap<>();
    private final List<Event> published = new ArrayList<>();
    private final Map<String, Integer> due = new ConcurrentHashMap<>();
    private final Set<String> recalled = ConcurrentHashMap.newKeySet();

    /** What a recall did. */
    enum Recall { RECALLED, ALREADY_RECALLED, UNKNOWN }

    HeronDesk(Duration delay, Clock clock) {
        this.delay = delay;
        this.clock = clock;
    }

    /** The claim id of the case; a client reference placed before keeps its claim. At least one invoice. */
    synchronized String place(String clientReference, List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one invoice");
        }
        Placed placed = claims.computeIfAbsent(clientReference, reference ->
                new Placed("HER-" + (claims.size() + 1), clock.instant(), List.copyOf(invoices)));
        return placed.claimId();
    }

    /** The creditor takes the claim back: Heron stops working it (no further events). */
    synchronized Recall recall(String claimId) {
        publishDue();
        if (claims.values().stream().noneMatch(c -> c.claimId().equals(claimId))) {
            return Recall.UNKNOWN;
        }
        return recalled.add(claimId) ? Recall.RECALLED : Recall.ALREADY_RECALLED;
    }

    /** The events after {@code after} (from the first when null). */
    synchronized Page events(String after) {
        publishDue();
        int from = 0;
        if (after != null) {
            from = indexOf(after) + 1;
        }
        if (from >= published.size()) {
            return new Page(List.of(), published.isEmpty() ? after : published.get(published.size() - 1).eventId());
        }
        int repeatFrom = after == null ? from : Math.max(0, from - 1);
        List<Event> page = new ArrayList<>(published.subList(repeatFrom, Math.min(published.size(), from + PAGE)));
        return new Page(page, page.get(page.size() - 1).eventId());
    }

    private int indexOf(String eventId) {
        for (int i = 0; i < published.size(); i++) {
            if (published.get(i).eventId().equals(eventId)) {
                return i;
            }
        }
        return -1;
    }

    private void publishDue() {
        Instant now = clock.instant();
        List<Placed> byPlacement = new ArrayList<>(claims.values());
        byPlacement.sort(Comparator.comparing(Placed::at).thenComparing(Placed::claimId));
        for (Placed claim : byPlacement) {
            if (recalled.contains(claim.claimId())) {
                continue;
            }
            int steps = due.getOrDefault(claim.claimId(), 0);
            if (steps == 0 && !now.isBefore(claim.at().plus(delay))) {
                publish(claim.claimId(), "status", "in_progress", claim.at().plus(delay), null, null, null, null,
                        null);
                steps = 1;
            }
            if (steps == 1 && !now.isBefore(claim.at().plus(delay.multipliedBy(2)))) {
                Instant paidAt = claim.at().plus(delay.multipliedBy(2));
                LocalDate date = LocalDate.ofInstant(paidAt, ZoneOffset.UTC);
                Invoice first = claim.invoices().get(0);
                BigDecimal paid = first.open().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                if (paid.signum() > 0) {
                    publish(claim.claimId(), "payment", null, paidAt, paid, first.currency(), date, first.number(),
                            null);
                    publish(claim.claimId(), "fee", null, paidAt, paid.multiply(COMMISSION).setScale(2,
                            RoundingMode.HALF_UP), first.currency(), date, null, "commission 12%");
                }
                steps = 2;
            }
            due.put(claim.claimId(), steps);
        }
    }

    private void publish(String claimId, String type, String status, Instant at, BigDecimal amount, String currency,
                         LocalDate date, String invoice, String description) {
        published.add(new Event("E" + (published.size() + 1), claimId, type, status, at, amount, currency, date,
                invoice, description));
    }
}
