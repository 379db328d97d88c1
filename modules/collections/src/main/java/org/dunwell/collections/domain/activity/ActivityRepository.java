package org.dunwell.collections.domain.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Where collection activities are kept. */
public interface ActivityRepository {

    Optional<CollectionActivity> find(String company, long id);

    /** The activity with its write lock held until the transaction ends. */
    Optional<CollectionActivity> findForUpdate(String company, long id);

    /** The activities the filter names whose customer is within the scope, by end (then id). */
    Page<CollectionActivity> list(ActivityFilter filter, CustomerScope scope, PageRequest page);

    /** The ids of a case's activities, in order. */
    List<Long> idsOfCase(long caseId);

    /** A customer's activities created in [from, to). */
    List<CollectionActivity> createdBetween(String company, String account, Instant from, Instant to);

    void store(CollectionActivity activity);

    /** Makes pending changes visible to the database now (to surface version conflicts inside the call). */
    void flush();
}
