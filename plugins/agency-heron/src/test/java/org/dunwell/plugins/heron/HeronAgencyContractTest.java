package org.dunwell.plugins.heron;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.agency.Debtor;
import org.dunwell.plugin.api.agency.HandoverInvoice;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.contract.CollectionAgencyProviderContract;

/** The test kit's agency contract, run against the Heron plugin. */
class HeronAgencyContractTest extends CollectionAgencyProviderContract {

    @Override
    protected Map<String, String> secrets() {
        return Map.of("apiKey", "heron-key");
    }

    @Override
    protected CollectionAgencyProvider agency() {
        return new HeronAgency();
    }

    @Override
    protected CaseHandover handover() {
        MonetaryAmount open = MonetaryAmount.of("150.00", "EUR");
        return new CaseHandover("DW-CASE-1-1", new Debtor("C1", "Acme GmbH", null, "DE", List.of()),
                List.of(new HandoverInvoice("INV-1", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), open, open)),
                open, List.of(), List.of(), Map.of());
    }

    @Override
    protected void vendorAnswersNormally(StubHttpService vendor) {
        vendor.answer("/v2/claims", 201, "{\"claimId\":\"HER-1\",\"status\":\"received\"}");
    }
}
