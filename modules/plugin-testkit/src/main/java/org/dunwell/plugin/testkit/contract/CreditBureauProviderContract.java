package org.dunwell.plugin.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.dunwell.plugin.testkit.TestPluginContext;

/**
 * The contract of a {@link CreditBureauProvider}: the report of the sample company is found and well-formed (a
 * reference, a score within the bureau's own range), and every failure is typed (see {@link VendorContract}).
 */
public abstract class CreditBureauProviderContract extends VendorContract {

    protected abstract CreditBureauProvider bureau();

    /** A company the vendor, answering normally, knows. */
    protected abstract CompanyQuery knownCompany();

    @Override
    protected final void callAndCheck(TestPluginContext context) {
        BureauReport report = present(bureau().report(knownCompany(), context), "the answer").orElseThrow(() ->
                new AssertionError("the vendor answered a report, the plugin none"));
        text(report.reportReference(), "the report's reference");
        assertTrue(report.score().value() >= Math.min(report.score().worst(), report.score().best())
                && report.score().value() <= Math.max(report.score().worst(), report.score().best()),
                "the score lies within the bureau's range");
    }
}
