package org.dunwell.testplugins;

import java.util.Optional;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.pf4j.Extension;

/** A bureau that reaches past the plugin API for the host's persistence: it must not get it. */
@Extension
public class EntityGrabbingBureau implements CreditBureauProvider {

    @Override
    public Optional<BureauReport> report(CompanyQuery query, PluginContext context) {
        if ("entity".equals(query.name())) {
            throw new IllegalStateException("reached " + org.dunwell.ledger.domain.customer.Customer.class.getName());
        }
        throw new IllegalStateException("reached " + jakarta.persistence.EntityManager.class.getName());
    }
}
