package org.dunwell.plugins.osprey;

import java.util.Map;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.insurance.CoverRequest;
import org.dunwell.plugin.api.insurance.CreditInsuranceProvider;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.contract.CreditInsuranceProviderContract;

/** The test kit's insurer contract, run against the Osprey plugin. */
class OspreyInsurerContractTest extends CreditInsuranceProviderContract {

    @Override
    protected CreditInsuranceProvider insurer() {
        return new OspreyInsurer();
    }

    @Override
    protected CoverRequest coverRequest() {
        return new CoverRequest("C1", "Acme GmbH", "HRB 4711", "DE", MonetaryAmount.of("50000.00", "EUR"), null,
                Map.of());
    }

    @Override
    protected void vendorAnswersNormally(StubHttpService vendor) {
        vendor.answer("/v1/cover-requests", 201, "{\"coverId\":\"OSP-C-1\",\"status\":\"pending\"}");
    }
}
