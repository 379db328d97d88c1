package org.dunwell.collections.domain.writeoff;

import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Where write-off requests are kept. */
public interface WriteOffRepository {

    Optional<WriteOffRequest> find(String company, long id);

    /** The requests the filter names whose customer is within the scope, newest first. */
    Page<WriteOffRequest> list(WriteOffFilter filter, CustomerScope scope, PageRequest page);

    void store(WriteOffRequest request);

    /** Makes pending changes visible to the database now (to surface version conflicts inside the call). */
    void flush();
}
