package org.dunwell.plugins.kestrel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.TestPluginContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin against a local Kestrel stub: the query it sends, the report it reads, what each status means. */
class KestrelBureauTest {

    private static final String REPORT = """
            {"reportId":"KR-1","reportDate":"2026-12-01","company":{"id":"KB-7","name":"ACME GMBH"},
             "score":{"value":480,"worst":100,"best":600},"rating":"B1",
             "recommendedLimit":{"amount":"12000.50","currency":"EUR"}}""";

    private final StubHttpService kestrel = new StubHttpService();
    private final TestPluginContext context = TestPluginContext.withSettings(Map.of("baseUrl",
            kestrel.baseUrl() + "/"));

    @AfterEach
    void stop() {
        kestrel.close();
    }

    @Test
    void asksByCountryNameAndRegistrationNumberWithTheTokenAndReadsTheReport() {
        kestrel.answer("/v1/reports", 200, REPORT);
        Optional<BureauReport> report = new KestrelBureau().report(
                new CompanyQuery("HRB 4711", "Acme & Söhne GmbH", "DE", Map.of()), context);

        assertThat(kestrel.requests()).singleElement().satisfies(asked -> {
            assertThat(asked.uri()).isEqualTo("/v1/reports?country=DE&name=Acme+%26+S%C3%B6hne+GmbH"
                    + "&registrationNumber=HRB+4711");
            assertThat(asked.authorization()).isEqualTo("Bearer test-token");
        });
        BureauReport read = report.orElseThrow();
        assertThat(read.reportReference()).isEqualTo("KR-1");
        assertThat(read.score().value()).isEqualTo(480);
        assertThat(read.score().worst()).isEqualTo(100);
        assertThat(read.rating()).isEqualTo("B1");
        assertThat(read.recommendedLimit().amount()).isEqualByComparingTo("12000.50");
        assertThat(read.recommendedLimit().currency()).isEqualTo("EUR");
    }

    @Test
    void eachStatusMeansWhatTheBureauDocumentsAndNothingIsGuessed() {
        KestrelBureau bureau = new KestrelBureau();
        CompanyQuery query = new CompanyQuery(null, "Acme", "DE", Map.of());
        kestrel.answer("/v1/reports", 404, "{}");
        assertThat(bureau.report(query, context)).as("unknown to the bureau").isEmpty();
        assertThat(kestrel.requests().get(0).uri()).doesNotContain("registrationNumber");
        kestrel.answer("/v1/reports", 422, "{}");
        assertThatThrownBy(() -> bureau.report(query, context)).isInstanceOf(RejectedRequestException.class);
        kestrel.answer("/v1/reports", 401, "{}");
        assertThatThrownBy(() -> bureau.report(query, context)).isInstanceOf(PluginConfigurationException.class);
        kestrel.answer("/v1/reports", 503, "{}");
        assertThatThrownBy(() -> bureau.report(query, context)).isInstanceOf(RetryLaterException.class);
        kestrel.answer("/v1/reports", 200, "<html>maintenance</html>");
        assertThatThrownBy(() -> bureau.report(query, context)).hasMessageContaining("not JSON");
    }
}
