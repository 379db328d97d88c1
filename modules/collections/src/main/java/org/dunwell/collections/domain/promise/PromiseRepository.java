package org.dunwell.collections.domain.promise;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Where payment promises and the company's collections settings are kept. */
public interface PromiseRepository {

    Optional<PaymentPromise> find(String company, long id);

    /** The promise with its write lock held until the transaction ends (any company). */
    Optional<PaymentPromise> findForUpdate(long id);

    /** The promises the filter names whose customer is within the scope, by promised day (then id). */
    Page<PaymentPromise> list(PromiseFilter filter, CustomerScope scope, boolean latestFirst, PageRequest page);

    /** Counts and amounts by currency and status of the promises the filter names within the scope. */
    List<StatusTotal> totals(PromiseFilter filter, CustomerScope scope);

    /** Ids of open promises made on or before {@code asOf}, above {@code after}, ascending; all companies when null. */
    List<Long> openMadeBy(String company, LocalDate asOf, long after, int limit);

    /** How many open promises cover an invoice. */
    long countOpenOn(String company, String document);

    void store(PaymentPromise promise);

    Optional<CollectionsSettings> settings(String company);

    /** The settings with their write lock held until the transaction ends. */
    Optional<CollectionsSettings> settingsForUpdate(String company);

    void store(CollectionsSettings settings);

    /** Makes pending changes visible to the database now (to surface version conflicts inside the call). */
    void flush();
}
