package org.dunwell.plugin.testkit.contract;

import org.dunwell.plugin.api.insurance.CoverDecision;
import org.dunwell.plugin.api.insurance.CoverRequest;
import org.dunwell.plugin.api.insurance.CreditInsuranceProvider;
import org.dunwell.plugin.testkit.TestPluginContext;

/**
 * The contract of a {@link CreditInsuranceProvider}: a cover request is answered with a decision that names the
 * insurer's cover (the records check the rest: a granted cover has its limit and start), and every failure is typed
 * (see {@link VendorContract}).
 */
public abstract class CreditInsuranceProviderContract extends VendorContract {

    protected abstract CreditInsuranceProvider insurer();

    /** The sample request for cover. */
    protected abstract CoverRequest coverRequest();

    @Override
    protected final void callAndCheck(TestPluginContext context) {
        CoverDecision decision = present(insurer().requestCover(coverRequest(), context), "the decision");
        text(decision.coverReference(), "the cover's reference");
    }
}
