package org.dunwell.credit.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/** Requests for new credit limits and their four-eyes approval. */
public interface CreditLimitRequests {

    LimitRequestView request(String company, String account, Money limit, boolean temporary, LocalDate from,
                             LocalDate to, String reason, CustomerScope scope, UserName actor);

    LimitRequestView get(String company, long id);

    /** Requests of the company, optionally of one account and/or in one status, newest first. */
    Page<LimitRequestView> list(String company, String account, String status, PageRequest page);

    LimitRequestView approve(String company, long id, Long expectedVersion, String note, UserName actor,
                             ApproverLevel level);

    /** Rejects a request: by the same four-eyes rule as an approval, and only with a note. */
    LimitRequestView reject(String company, long id, Long expectedVersion, String note, UserName actor,
                            ApproverLevel level);
}
