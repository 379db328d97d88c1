package org.dunwell.plugin.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.agency.HandoverReceipt;
import org.dunwell.plugin.testkit.TestPluginContext;

/**
 * The contract of a {@link CollectionAgencyProvider}: a hand-over is acknowledged for the case handed over, with the
 * agency's reference, and every failure is typed (see {@link VendorContract}).
 */
public abstract class CollectionAgencyProviderContract extends VendorContract {

    protected abstract CollectionAgencyProvider agency();

    /** The sample case. */
    protected abstract CaseHandover handover();

    @Override
    protected final void callAndCheck(TestPluginContext context) {
        HandoverReceipt receipt = present(agency().handOver(handover(), context), "the receipt");
        assertEquals(handover().caseNumber(), receipt.caseNumber(), "the receipt is for the case handed over");
        text(receipt.agencyReference(), "the agency's reference");
    }
}
