package org.dunwell.collections.domain.dispute;

import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Where disputes are kept. */
public interface DisputeRepository {

    Optional<Dispute> find(String company, long id);

    /** The disputes the filter names whose customer is within the scope, newest first. */
    Page<Dispute> list(DisputeFilter filter, CustomerScope scope, PageRequest page);

    /** The open disputes of an invoice. */
    List<Dispute> openOn(String company, String document);

    void store(Dispute dispute);

    /** Makes pending changes visible to the database now (to surface version conflicts inside the call). */
    void flush();
}
