package org.dunwell.testplugins;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.BureauScore;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.pf4j.Extension;

/** A bureau that knows every company: score 72 of 100, rating B, a limit of the setting {@code limit}. */
@Extension
public class ExampleBureau implements CreditBureauProvider {

    @Override
    public Optional<BureauReport> report(CompanyQuery query, PluginContext context) {
        String limit = context.settings().require("limit");
        return Optional.of(new BureauReport("R-" + query.registrationNumber(), LocalDate.now(context.clock()), "B-1",
                query.name(), new BureauScore(72, 0, 100), "B", MonetaryAmount.of(limit, "EUR"), Map.of()));
    }
}
