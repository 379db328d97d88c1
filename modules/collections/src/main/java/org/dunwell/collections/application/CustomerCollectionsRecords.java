package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.Cases;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.api.PromiseView;
import org.dunwell.collections.api.Promises;
import org.dunwell.collections.api.RestrictionView;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** A customer's collections records the customer page shows: its cases not closed, open promises, restrictions in force. */
@ApplicationScoped
public class CustomerCollectionsRecords {

    /** What the customer page shows of them. */
    public record Records(List<CaseView> cases, List<PromiseView> promises, List<RestrictionView> restrictions) {
    }

    private Cases cases;
    private Promises promises;
    private ContactRestrictions restrictions;

    protected CustomerCollectionsRecords() {
    }

    @Inject
    public CustomerCollectionsRecords(Cases cases, Promises promises, ContactRestrictions restrictions) {
        this.cases = cases;
        this.promises = promises;
        this.restrictions = restrictions;
    }

    public Records of(String company, String account, LocalDate asOf, CustomerScope scope) {
        PageRequest all = PageRequest.first(PageRequest.MAX_SIZE);
        return new Records(cases.list(company, null, null, account, scope, all).items().stream()
                .filter(c -> !"CLOSED".equals(c.status())).toList(),
                promises.list(company, account, null, PromiseStatus.OPEN, scope, all).items(),
                restrictions.list(company, account, true, scope, all).items());
    }
}
