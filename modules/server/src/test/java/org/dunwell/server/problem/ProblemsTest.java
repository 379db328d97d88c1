package org.dunwell.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemsTest {

    @Test
    void eachDomainErrorKindHasItsStatus() {
        assertThat(Problems.toProblem(new InvalidInputException("bad")).status()).isEqualTo(400);
        assertThat(Problems.toProblem(new ForbiddenException("no")).status()).isEqualTo(403);
        assertThat(Problems.toProblem(new NotFoundException("customer", "C1")).status()).isEqualTo(404);
        assertThat(Problems.toProblem(new ConflictException("done")).status()).isEqualTo(409);
        assertThat(Problems.toProblem(new StaleVersionException("x", "k", 1, 2)).status()).isEqualTo(412);
        assertThat(Problems.toProblem(new RuleViolationException("over-limit", "too much")).status()).isEqualTo(422);
        assertThat(Problems.toProblem(new RuleViolationException("over-limit", "too much")).type())
                .endsWith("/over-limit");
    }

    @Test
    void aDomainErrorWrappedByTheContainerIsStillFound() {
        RuntimeException wrapped = new RuntimeException("tx", new IllegalStateException(new ConflictException("x")));
        assertThat(Problems.toProblem(wrapped).status()).isEqualTo(409);
    }

    @Test
    void aLostOptimisticLockRaceIsAConflict() {
        Problem problem = Problems.toProblem(new RuntimeException(new OptimisticLockException("row changed")));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).endsWith("/concurrent-update");
    }

    @Test
    void validationErrorsCarryFieldsAndLines() {
        JsonObject json = Problems.toProblem(new InvalidInputException("import refused",
                List.of(Violation.ofLine(7, "amount is negative"), Violation.ofField("size", "too big")))).toJson();
        assertThat(json.getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(7);
        assertThat(json.getJsonArray("errors").getJsonObject(0).containsKey("field")).isFalse();
        assertThat(json.getJsonArray("errors").getJsonObject(1).getString("field")).isEqualTo("size");
        assertThat(json.getString("detail")).isEqualTo("import refused");
    }

    @Test
    void anUnknownJsonPropertyNamesTheProperty() {
        Problem problem = Problems.toProblem(new JsonbException(
                "Json property colour can not be mapped to a class class org.example.Body."));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("unknown property 'colour'");
        assertThat(problem.errors()).extracting(Violation::field).containsExactly("colour");
    }

    @Test
    void anUnexpectedFailureRevealsNothingButAnIncident() {
        Problem problem = Problems.toProblem(new NullPointerException("secret internal state"));
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("secret").contains("incident");
    }

    @ParameterizedTest
    @CsvSource({"401, unauthorized", "403, forbidden", "404, not-found", "405, method-not-allowed",
            "415, unsupported-media-type", "428, precondition-required"})
    void containerStatusesHaveTheirOwnTypes(int status, String slug) {
        Problem problem = Problems.fromStatus(status, null);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.type()).endsWith("/" + slug);
        assertThat(problem.title()).isNotBlank();
        assertThat(problem.detail()).isNotBlank();
    }
}
