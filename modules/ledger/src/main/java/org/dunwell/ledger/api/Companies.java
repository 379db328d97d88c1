package org.dunwell.ledger.api;

import java.util.Optional;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/** Legal entities: each has an accounting currency, and every ledger record belongs to one. */
public interface Companies {

    CompanyView get(CompanyCode code);

    /** The company, if there is one by this code (no exception for an answer that is no error). */
    Optional<CompanyView> find(CompanyCode code);

    Page<CompanyView> list(PageRequest page);

    /** Every company's code, page by page of {@link #list}: for the jobs that go through all companies. */
    default java.util.List<String> codes() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        int number = 0;
        Page<CompanyView> page;
        do {
            page = list(PageRequest.parse(number++, PageRequest.MAX_SIZE, null));
            page.items().forEach(c -> codes.add(c.code().value()));
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return codes;
    }

    /** Creates a company; a code already taken is a conflict. Audited. */
    CompanyView create(CompanyCode code, CompanyDraft draft, UserName actor, String reason);

    /**
     * Changes name and/or accounting currency if the caller's version is current (else
     * stale version). Audited field by field.
     */
    CompanyView update(CompanyCode code, long expectedVersion, CompanyDraft changes, UserName actor, String reason);
}
