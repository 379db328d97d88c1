package org.dunwell.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KernelValuesTest {

    @Test
    void identifiersAreTrimmedAndValidated() {
        assertThat(AccountNumber.of(" C001 ").value()).isEqualTo("C001");
        assertThatThrownBy(() -> AccountNumber.of(" ")).isInstanceOf(InvalidInputException.class);
        // api-contract.md, "Limits on input": no '/' and no control characters; anything else is a key
        assertThatThrownBy(() -> DocumentNumber.of("INV-2026/001")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentNumber.of("INV\u00001")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CompanyCode.of("X".repeat(65))).isInstanceOf(InvalidInputException.class);
        assertThat(AccountNumber.of("A".repeat(64)).value()).hasSize(64);
        assertThat(DocumentNumber.of("INV 2026-001").value()).isEqualTo("INV 2026-001");
    }

    @Test
    void theAdjustableClockMovesOnlyWhenTold() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
        AdjustableClock clock = new AdjustableClock(fixed);
        BusinessClock business = new BusinessClock(clock);
        assertThat(business.today()).isEqualTo(LocalDate.of(2026, 11, 22));
        clock.advance(Duration.ofDays(30));
        assertThat(business.today()).isEqualTo(LocalDate.of(2026, 12, 22));
        clock.setDate(LocalDate.of(2027, 1, 31));
        assertThat(business.today()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(business.now()).isEqualTo(Instant.parse("2027-01-31T10:15:00Z"));
        clock.reset();
        assertThat(business.today()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void pageRequestsAreBounded() {
        assertThat(PageRequest.parse(null, null, null)).isEqualTo(new PageRequest(0, 50, Optional.empty()));
        assertThatThrownBy(() -> PageRequest.parse(0, 501, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::field).containsExactly("size"));
        assertThatThrownBy(() -> PageRequest.parse(-1, 10, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.parse(0, 10, "name,up")).isInstanceOf(InvalidInputException.class);
        PageRequest sorted = PageRequest.parse(2, 10, "balance,desc");
        assertThat(sorted.sort()).hasValue(new PageRequest.Sort("balance", false));
        assertThat(sorted.offset()).isEqualTo(20);
        assertThatThrownBy(() -> sorted.requireSortAmong(List.of("account"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPageIsSlicedFromAnOrderedList() {
        Page<Integer> page = Page.slice(List.of(1, 2, 3, 4, 5), PageRequest.parse(1, 2, null));
        assertThat(page.items()).containsExactly(3, 4);
        assertThat(page.total()).isEqualTo(5);
        assertThat(Page.slice(List.of(1, 2), PageRequest.parse(5, 2, null)).items()).isEmpty();
    }
}
