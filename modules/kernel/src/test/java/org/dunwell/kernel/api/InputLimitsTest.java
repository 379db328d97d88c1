package org.dunwell.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputLimitsTest {

    @Test
    void anAmountHasAtMostFifteenDigitsBeforeThePointAndFourAfter() {
        assertThat(InputLimits.amount("amount", "999999999999999.9999")).isEqualByComparingTo("999999999999999.9999");
        assertThat(InputLimits.amount("amount", "-0.5")).isEqualByComparingTo("-0.5");
        assertThat(InputLimits.amount("amount", "1000.000000")).isEqualByComparingTo("1000");
        assertThat(InputLimits.amount("amount", (String) null)).isNull();
        assertRefused(() -> InputLimits.amount("amount", "99999999999999999999.99"), "amount",
                "more than 15 digits before the decimal point");
        assertRefused(() -> InputLimits.amount("fee", "1.23456"), "fee", "more than 4 decimals");
        assertRefused(() -> InputLimits.amount("amount", "1e5"), "amount", "is not a decimal number");
        assertRefused(() -> InputLimits.amount("amount", "12,50"), "amount", "is not a decimal number");
    }

    @Test
    void aReasonIsRequiredShortAndWithoutControlCharacters() {
        assertThat(InputLimits.reason("reason", "  paid by phone\n(see call) ")).isEqualTo("paid by phone\n(see call)");
        assertRefused(() -> InputLimits.reason("reason", " "), "reason", "is required");
        assertRefused(() -> InputLimits.reason("reason", "x".repeat(501)), "reason", "at most 500");
        assertRefused(() -> InputLimits.reason("reason", "a\u0000b"), "reason", "control characters");
    }

    @Test
    void aRateMayHaveItsOwnDigits() {
        assertThat(InputLimits.decimal("rate", "1.08345678", 11, 8)).isEqualByComparingTo("1.08345678");
        assertRefused(() -> InputLimits.decimal("rate", "1.083456789", 11, 8), "rate", "more than 8 decimals");
        assertRefused(() -> InputLimits.decimal("rate", new BigDecimal("1E+12"), 11, 8), "rate", "more than 11");
    }

    @Test
    void aDayIsFrom1900To2999() {
        assertThat(InputLimits.day("asOf", "1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(InputLimits.day("asOf", "2999-12-31")).isEqualTo(LocalDate.of(2999, 12, 31));
        assertThat(InputLimits.day("asOf", " ")).isNull();
        assertRefused(() -> InputLimits.day("asOf", "1899-12-31"), "asOf", "from 1900-01-01 to 2999-12-31");
        assertRefused(() -> InputLimits.day("asOf", "9999-12-31"), "asOf", "from 1900-01-01 to 2999-12-31");
        assertRefused(() -> InputLimits.day("asOf", "+999999999-12-31"), "asOf", "is not a date");
        assertRefused(() -> InputLimits.day("dueDate", "2026-02-30"), "dueDate", "is not a date");
    }

    @Test
    void aKeyHasOneToSixtyFourCharactersWithoutSlashOrControlCharacters() {
        assertThat(InputLimits.key("account", " C 001 ", 64)).isEqualTo("C 001");
        assertThat(InputLimits.key("account", "Müller-Ä.1", 64)).isEqualTo("Müller-Ä.1");
        assertThat(InputLimits.key("account", "x".repeat(64), 64)).hasSize(64);
        assertRefused(() -> InputLimits.key("account", "x".repeat(65), 64), "account", "at most 64");
        assertRefused(() -> InputLimits.key("account", "x".repeat(41), 40), "account", "at most 40");
        assertRefused(() -> InputLimits.key("account", "A/B", 64), "account", "'/'");
        assertRefused(() -> InputLimits.key("account", "A\u0000B", 64), "account", "control characters");
        assertRefused(() -> InputLimits.key("account", "AB\u0000", 64), "account", "control characters");
        assertRefused(() -> InputLimits.key("account", "..", 64), "account", "'.' or '..'");
        assertRefused(() -> InputLimits.key("account", "", 64), "account", "must not be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007", "\u001b[31m", "x\u007f"})
    void aTextRefusesControlCharacters(String text) {
        assertRefused(() -> InputLimits.text("notes", text, 100), "notes", "control characters");
    }

    @Test
    void aTextKeepsTabsAndLineBreaksAndIsBounded() {
        assertThat(InputLimits.text("notes", "line one\r\n\tline two", 100)).contains("\t");
        assertRefused(() -> InputLimits.text("notes", "x".repeat(101), 100), "notes", "at most 100");
    }

    private static void assertRefused(Runnable check, String field, String message) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo(field);
                assertThat(v.message()).contains(message);
            });
        });
    }
}
