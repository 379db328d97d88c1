package org.dunwell.collections.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dunwell.collections.api.ContactPermission;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.collections.api.RestrictionView;
import org.dunwell.collections.support.CollectionsTier;
import org.dunwell.kernel.api.AdjustableClock;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Do not contact, hardship and pauses: what a sender may do on a day follows them, from their first day to their
 * last or until lifted; each is set and lifted with a reason, audited, and only on customers the caller sees.
 */
class ContactRestrictionsTest {

    private static final UserName AGENT = UserName.of("agent");

    private static String ledger(CollectionsTier tier) {
        String company = tier.companyWithNorthAndSouth();
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,300.00
                I2,C1,2026-09-15,2026-10-15,EUR,200.00
                I3,C2,2026-09-15,2026-10-15,EUR,200.00
                """, company);
        return company;
    }

    private static CustomerScope north(String company) {
        return CustomerScope.anyOf(List.of(new CustomerCriteria(company, "NORTH", null, null)));
    }

    @DatabaseTest
    void aSenderMayContactACustomerOnlyWhenNothingStopsItThatDay(TestDatabase db) {
        AdjustableClock moving = new AdjustableClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"),
                ZoneOffset.UTC));
        CollectionsTier tier = new CollectionsTier(db, new BusinessClock(moving));
        String company = ledger(tier);
        LocalDate today = LocalDate.of(2026, 11, 2);
        assertThat(tier.tx(s -> s.restrictions().permission(company, "C1", today, ALL)).mayContact()).isTrue();

        RestrictionView invoicePause = tier.tx(s -> s.restrictions().restrict(company, "C1", "I1",
                RestrictionKind.PAUSED, "credit note promised", null, today.plusDays(9), north(company), AGENT));
        ContactPermission partly = tier.tx(s -> s.restrictions().permission(company, "C1", today, ALL));
        assertThat(partly.mayContact()).as("an invoice's pause leaves the customer contactable").isTrue();
        assertThat(partly.pausedDocuments()).containsExactly("I1");
        assertThat(tier.tx(s -> s.restrictions().permission(company, "C1", today.plusDays(10), ALL))
                .pausedDocuments()).as("after its end date").isEmpty();

        RestrictionView hardship = tier.tx(s -> s.restrictions().restrict(company, "C1", null,
                RestrictionKind.HARDSHIP, "illness in the family", null, null, north(company), AGENT));
        assertThat(tier.tx(s -> s.restrictions().permission(company, "C1", today, ALL)).mayContact()).isFalse();
        RestrictionView later = tier.tx(s -> s.restrictions().restrict(company, "C2", null,
                RestrictionKind.DO_NOT_CONTACT, "lawyer's letter", today.plusDays(5), null, ALL, AGENT));
        assertThat(tier.tx(s -> s.restrictions().permission(company, "C2", today, ALL)).mayContact())
                .as("not yet begun").isTrue();
        assertThat(tier.tx(s -> s.restrictions().permission(company, "C2", today.plusDays(5), ALL)).mayContact())
                .isFalse();

        assertThatThrownBy(() -> tier.tx(s -> s.restrictions().lift(company, hardship.id(), hardship.version(), " ",
                north(company), AGENT))).isInstanceOf(InvalidInputException.class);
        RestrictionView lifted = tier.tx(s -> s.restrictions().lift(company, hardship.id(), hardship.version(),
                "back at work", north(company), AGENT));
        assertThat(lifted.active()).isFalse();
        assertThatThrownBy(() -> tier.tx(s -> s.restrictions().lift(company, hardship.id(), lifted.version(), "again",
                north(company), AGENT))).isInstanceOf(ConflictException.class);
        assertThat(tier.tx(s -> s.restrictions().permission(company, "C1", today, ALL)).mayContact()).isTrue();
        assertThat(tier.tx(s -> s.restrictions().list(company, "C1", true, ALL, PageRequest.first(10))).items())
                .extracting(RestrictionView::id).containsExactly(invoicePause.id());
        assertThat(tier.tx(s -> s.audit().trail(company, null, "agent", PageRequest.first(50))).items())
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("illness in the family"))
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("back at work"));
        assertThat(later.from()).isEqualTo(today.plusDays(5));
        moving.advance(Duration.ofDays(1));
    }

    @DatabaseTest
    void aPauseNeedsAnEndAndOnlyAVisibleCustomerOrInvoiceIsRestricted(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, LocalDate.of(2026, 11, 2));
        String company = ledger(tier);
        LocalDate today = LocalDate.of(2026, 11, 2);
        assertThatThrownBy(() -> tier.tx(s -> s.restrictions().restrict(company, "C1", null, RestrictionKind.PAUSED,
                "holiday", null, null, ALL, AGENT))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("end date");
        assertThatThrownBy(() -> tier.tx(s -> s.restrictions().restrict(company, "C1", "I1",
                RestrictionKind.HARDSHIP, "x", null, null, ALL, AGENT))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.restrictions().restrict(company, "C1", "I3", RestrictionKind.PAUSED,
                "x", null, today.plusDays(3), ALL, AGENT))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not one of customer C1");
        for (String hidden : List.of("C2", "NOPE")) {
            assertThatThrownBy(() -> tier.tx(s -> s.restrictions().restrict(company, hidden, null,
                    RestrictionKind.DO_NOT_CONTACT, "x", null, null, north(company), AGENT)))
                    .as(hidden).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> tier.tx(s -> s.restrictions().restrict(company, "C1", "I3", RestrictionKind.PAUSED,
                "x", null, today.plusDays(3), north(company), AGENT))).as("a hidden customer's invoice")
                .isInstanceOf(NotFoundException.class).hasMessageNotContaining("C2");
        RestrictionView south = tier.tx(s -> s.restrictions().restrict(company, "C2", null,
                RestrictionKind.DO_NOT_CONTACT, "lawyer", null, null, ALL, AGENT));
        assertThatThrownBy(() -> tier.tx(s -> s.restrictions().get(company, south.id(), north(company))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.restrictions().permission(company, "C2", today, north(company))))
                .isInstanceOf(NotFoundException.class);
        assertThat(tier.tx(s -> s.restrictions().list(company, null, false, north(company), PageRequest.first(10)))
                .items()).noneSatisfy(r -> assertThat(r.account()).isEqualTo("C2"));
    }
}
