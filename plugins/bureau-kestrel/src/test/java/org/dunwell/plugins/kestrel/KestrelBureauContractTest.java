package org.dunwell.plugins.kestrel;

import java.util.Map;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.contract.CreditBureauProviderContract;

/** The test kit's bureau contract, run against the Kestrel plugin. */
class KestrelBureauContractTest extends CreditBureauProviderContract {

    @Override
    protected CreditBureauProvider bureau() {
        return new KestrelBureau();
    }

    @Override
    protected CompanyQuery knownCompany() {
        return new CompanyQuery("HRB 4711", "Acme GmbH", "DE", Map.of());
    }

    @Override
    protected void vendorAnswersNormally(StubHttpService vendor) {
        vendor.answer("/v1/reports", 200, """
                {"reportId":"KR-1","reportDate":"2026-12-01","company":{"id":"KB-7","name":"ACME GMBH"},
                 "score":{"value":480,"worst":100,"best":600},"rating":"B1"}""");
    }
}
