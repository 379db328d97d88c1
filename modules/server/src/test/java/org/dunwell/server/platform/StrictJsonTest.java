package org.dunwell.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.bind.Jsonb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.server.problem.Problem;
import org.dunwell.server.problem.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** JSON is read as the document types it, and every refusal names the member (issue: "yes" read as false). */
class StrictJsonTest {

    /** A body with one member of each kind the API takes. */
    public record Body(String company, String amount, Boolean temporary, Integer graceDays, Long caseId,
                       BigDecimal threshold, LocalDate date, List<String> documents) {
    }

    private final Jsonb jsonb = new JsonConfiguration().getContext(Body.class);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"temporary\":\"yes\"}                | temporary  | must be true or false",
        "{\"temporary\":1}                      | temporary  | must be true or false",
        "{\"graceDays\":3.5}                    | graceDays  | must be a whole number",
        "{\"graceDays\":\"3\"}                  | graceDays  | must be a whole number",
        "{\"graceDays\":99999999999}            | graceDays  | from -2147483648 to 2147483647",
        "{\"caseId\":1e400}                     | caseId     | must be a whole number",
        "{\"amount\":100.5}                     | amount     | must be a JSON string",
        "{\"company\":true}                     | company    | must be a JSON string",
        "{\"company\":\"DW\\u000001\"}          | company    | control characters",
        "{\"documents\":[\"INV-1\",7]}          | documents  | must be a JSON string",
        "{\"threshold\":10}                     | threshold  | must be a decimal in a JSON string",
        "{\"threshold\":\"1e5\"}                | threshold  | is not a decimal number",
        "{\"date\":\"9999-12-31\"}              | date       | from 1900-01-01 to 2999-12-31",
        "{\"date\":20261122}                    | date       | must be a date in a JSON string",
    })
    void aWrongTypeIsA400NamingTheMember(String json, String field, String message) {
        Throwable failure = catchThrowable(() -> jsonb.fromJson(json, Body.class));
        Problem problem = Problems.toProblem(failure);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void theRightTypesAreRead() {
        Body body = jsonb.fromJson("{\"company\":\"DW01\",\"amount\":\"100.50\",\"temporary\":false,\"graceDays\":3,"
                + "\"caseId\":12,\"threshold\":\"10.5\",\"date\":\"2026-11-22\",\"documents\":[\"INV-1\"]}",
                Body.class);
        assertThat(body).isEqualTo(new Body("DW01", "100.50", false, 3, 12L, new BigDecimal("10.5"),
                LocalDate.of(2026, 11, 22), List.of("INV-1")));
    }

    @Test
    void decimalsAreWrittenAsPlainStrings() {
        assertThat(jsonb.toJson(new Body(null, null, null, null, null, new BigDecimal("1E+1"), null, null)))
                .isEqualTo("{\"threshold\":\"10\"}");
    }
}
