package org.dunwell.sandboxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sandboxes' vendors behave as docs/plugins.md says: later decisions and updates, stable reports, odd errors. */
class VendorDesksTest {

    private static final Duration DELAY = Duration.ofSeconds(30);
    private final SteppingClock clock = new SteppingClock("2026-12-04T10:00:00Z");

    @Test
    void kestrelGivesTheSameCompanyTheSameReportAndDoesNotKnowAnUnlistedOne() {
        KestrelReports reports = new KestrelReports();
        LocalDate today = LocalDate.of(2026, 12, 4);
        KestrelReports.Report first = reports.report("Acme GmbH", "HRB 77", today).orElseThrow();
        KestrelReports.Report again = reports.report("ACME GMBH (renamed)", "hrb 77", today).orElseThrow();
        assertThat(again.score()).isEqualTo(first.score());
        assertThat(again.reportId()).isNotEqualTo(first.reportId());
        assertThat(first.score()).isBetween(150, 600);
        assertThat(first.recommendedLimit().scale()).isEqualTo(2);
        assertThat(first.recommendedLimit().remainder(new BigDecimal("500")).signum()).isZero();
        assertThat(first.recommendedLimit()).isEqualByComparingTo(
                BigDecimal.valueOf((first.score() - 100) * 100L / 500 * 500));
        assertThat(reports.report("Unlisted Trading Ltd", null, today)).isEmpty();
        assertThat(reports.report("Anyone", "000123", today)).isEmpty();
        assertThat(reports.report("Named only", null, today)).isPresent();
    }

    @Test
    void ospreyDecidesAfterTheDelayGrantingPartiallyOrRefusing() {
        OspreyUnderwriting osprey = new OspreyUnderwriting(DELAY, clock);
        String small = osprey.request("Small Buyer GmbH", new BigDecimal("50000.00"), "EUR").coverId();
        String large = osprey.request("Large Buyer AG", new BigDecimal("250500.00"), "EUR").coverId();
        String broke = osprey.request("Insolvent Ventures", new BigDecimal("1000.00"), "EUR").coverId();
        assertThat(osprey.cover(small).orElseThrow().status()).isEqualTo("pending");
        assertThat(osprey.cover(small).orElseThrow().insuredAmount()).isNull();

        clock.advance(DELAY);
        OspreyUnderwriting.Cover granted = osprey.cover(small).orElseThrow();
        assertThat(granted.status()).isEqualTo("granted");
        assertThat(granted.insuredAmount()).isEqualByComparingTo("50000.00");
        assertThat(granted.validFrom()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(granted.validTo()).isEqualTo(LocalDate.of(2027, 12, 3));
        assertThat(osprey.cover(large).orElseThrow().status()).isEqualTo("partial");
        assertThat(osprey.cover(large).orElseThrow().insuredAmount()).isEqualTo(new BigDecimal("200000.00"));
        assertThat(osprey.cover(broke).orElseThrow().status()).isEqualTo("refused");
        assertThat(osprey.cover("OSP-C-9")).isEmpty();
    }

    @Test
    void anOspreyClaimIsReviewedThenPaidAndTheSameNumberIsTheSameClaim() {
        OspreyUnderwriting osprey = new OspreyUnderwriting(DELAY, clock);
        OspreyUnderwriting.Claim filed = osprey.file("DW-CLM-3", new BigDecimal("1500.01"), "EUR");
        assertThat(filed.status()).isEqualTo("received");
        assertThat(osprey.file("DW-CLM-3", new BigDecimal("1500.01"), "EUR").claimId()).isEqualTo(filed.claimId());
        clock.advance(DELAY);
        assertThat(osprey.claim(filed.claimId()).orElseThrow().status()).isEqualTo("under_review");
        clock.advance(DELAY);
        OspreyUnderwriting.Claim paid = osprey.claim(filed.claimId()).orElseThrow();
        assertThat(paid.status()).isEqualTo("paid");
        assertThat(paid.settledAmount()).isEqualTo(new BigDecimal("1350.01"));
        assertThat(paid.asOf()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void heronWorksAClaimAsTimePassesAndRepeatsTheLastEventItSent() {
        HeronDesk heron = new HeronDesk(DELAY, clock);
        String claim = heron.place("DW-CASE-1", List.of(new HeronDesk.Invoice("INV-1", new BigDecimal("401.01"), "EUR"),
                new HeronDesk.Invoice("INV-2", new BigDecimal("100.00"), "EUR")));
        assertThat(heron.place("DW-CASE-1", List.of(new HeronDesk.Invoice("INV-9", BigDecimal.TEN, "EUR"))))
                .isEqualTo(claim);
        assertThat(heron.events(null).events()).isEmpty();

        clock.advance(DELAY);
        HeronDesk.Page first = heron.events(null);
        assertThat(first.events()).extracting(HeronDesk.Event::type).containsExactly("status");
        assertThat(first.events().get(0).status()).isEqualTo("in_progress");
        assertThat(heron.events(first.next()).events()).as("nothing new: nothing repeated").isEmpty();

        clock.advance(DELAY);
        HeronDesk.Page second = heron.events(first.next());
        assertThat(second.events()).extracting(HeronDesk.Event::eventId).containsExactly("E1", "E2", "E3");
        HeronDesk.Event payment = second.events().get(1);
        assertThat(payment.amount()).isEqualTo(new BigDecimal("200.50"));
        assertThat(payment.invoice()).isEqualTo("INV-1");
        assertThat(payment.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(second.events().get(2).amount()).isEqualTo(new BigDecimal("24.06"));
        assertThat(second.next()).isEqualTo("E3");
        clock.advance(DELAY);
        assertThat(heron.events("E3").events()).as("worked once: no more events").isEmpty();
    }

    @Test
    void aRecalledHeronClaimIsNoLongerWorked() {
        HeronDesk heron = new HeronDesk(DELAY, clock);
        String claim = heron.place("DW-CASE-2", List.of(new HeronDesk.Invoice("INV-1", BigDecimal.TEN, "EUR")));
        clock.advance(DELAY);
        assertThat(heron.recall(claim)).isEqualTo(HeronDesk.Recall.RECALLED);
        assertThat(heron.recall(claim)).isEqualTo(HeronDesk.Recall.ALREADY_RECALLED);
        assertThat(heron.recall("HER-99")).isEqualTo(HeronDesk.Recall.UNKNOWN);
        clock.advance(DELAY.multipliedBy(3));
        assertThat(heron.events(null).events()).as("only what happened before the recall")
                .extracting(HeronDesk.Event::type).containsExactly("status");
    }

    @Test
    void tokensAreIssuedToTheRightClientAndExpire() {
        ClientCredentials credentials = new ClientCredentials("id", "secret", "t-");
        Instant now = clock.instant();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("id:secret".getBytes());
        assertThat(credentials.issue("Basic " + java.util.Base64.getEncoder().encodeToString("id:wrong".getBytes()),
                "client_credentials", now)).isEmpty();
        assertThat(credentials.issue(basic, "password", now)).isEmpty();
        String token = credentials.issue(basic, "client_credentials", now).orElseThrow();
        assertThat(credentials.accepts("Bearer " + token, now)).isTrue();
        assertThat(credentials.accepts("Bearer t-forged", now)).isFalse();
        assertThat(credentials.accepts("Bearer " + token, now.plus(ClientCredentials.LIFETIME))).isFalse();
    }

    @Test
    void everyTenthCallIsTheOddErrorAndNoneWhenSwitchedOff() {
        OddErrors odd = new OddErrors(10);
        assertThat(IntStream.rangeClosed(1, 30).filter(i -> odd.next())).containsExactly(10, 20, 30);
        OddErrors never = new OddErrors(0);
        assertThat(IntStream.rangeClosed(1, 30).filter(i -> never.next())).isEmpty();
    }
}
