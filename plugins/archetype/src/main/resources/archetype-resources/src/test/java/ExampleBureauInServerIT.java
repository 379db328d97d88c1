package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.server.InServerDunwell;
import org.junit.jupiter.api.Test;

/**
 * The plugin in a started Dunwell (`mvn verify`: the plugins' parent starts it with this plugin dropped in, because
 * src/test/liberty exists), end to end: the server loads and starts it, an administrator enables it for a company
 * against a stub of the vendor, and a credit clerk's bureau report goes through it.
 */
class ExampleBureauInServerIT {

    private static final InServerDunwell DUNWELL = InServerDunwell.fromBuild();

    @Test
    void theServerStartsThePluginAndABureauReportGoesThroughIt() {
        DUNWELL.awaitReady(Duration.ofMinutes(3));
        assertEquals(Optional.of("started"), DUNWELL.pluginState("${pluginId}"));
        DUNWELL.createCompany("IT01", "EUR");
        DUNWELL.importCsv("customers", "IT01", "account,name,currency,region\nC1,Acme GmbH,EUR,IT\n");
        try (StubHttpService vendor = new StubHttpService()) {
            vendor.answer("/reports", 200, "{\"reference\":\"R-1\",\"date\":\"2026-12-01\",\"name\":\"ACME GMBH\","
                    + "\"score\":{\"value\":480,\"worst\":100,\"best\":600},\"rating\":\"B1\"}");
            DUNWELL.configure("${pluginId}", "IT01", "{\"enabled\":true,\"settings\":{\"baseUrl\":\""
                    + vendor.baseUrl() + "\"},\"secrets\":{\"apiKey\":\"test-key\"},\"reason\":\"in-server test\"}");

            InServerDunwell.Answer report = DUNWELL.as("clerk").postJson(
                    "/api/v1/customers/C1/bureau-report?company=IT01",
                    "{\"registrationNumber\":\"HRB 4711\",\"country\":\"DE\"}").expect(201);
            assertTrue(report.body().contains("\"reportReference\":\"R-1\""), report.body());
            assertTrue(report.body().contains("\"found\":true"), report.body());
            assertEquals("Bearer test-key", vendor.requests().get(0).authorization());
        }
    }
}
