package ${package};

import java.util.Map;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.contract.CreditBureauProviderContract;

/** Dunwell's bureau contract against this plugin and a stub of the vendor: well-formed answers, typed failures. */
class ExampleBureauContractTest extends CreditBureauProviderContract {

    @Override
    protected CreditBureauProvider bureau() {
        return new ExampleBureau();
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("apiKey", "test-key");
    }

    @Override
    protected CompanyQuery knownCompany() {
        return new CompanyQuery("HRB 4711", "Acme GmbH", "DE", Map.of());
    }

    @Override
    protected void vendorAnswersNormally(StubHttpService vendor) {
        vendor.answer("/reports", 200, "{\"reference\":\"R-1\",\"date\":\"2026-12-01\",\"name\":\"ACME GMBH\","
                + "\"score\":{\"value\":480,\"worst\":100,\"best\":600},\"rating\":\"B1\"}");
    }
}
