package org.dunwell.collections.domain;

import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/** Where aging snapshots (their header; the rows have their own store) are kept. */
public interface SnapshotRepository {

    Optional<AgingSnapshot> find(long id);

    /** The snapshot with its write lock held until the transaction ends. */
    Optional<AgingSnapshot> findForUpdate(long id);

    /** A company's snapshots, newest first. */
    Page<AgingSnapshot> list(String company, PageRequest page);

    /** The company's newest completed snapshot of all customers by a definition. */
    Optional<AgingSnapshot> latestCompleted(String company, String definition);

    /** Whether any snapshot, of any company, aged by this revision of a definition. */
    boolean usedBy(String definition, int revision);

    void store(AgingSnapshot snapshot);

    void remove(AgingSnapshot snapshot);

    /** Makes pending changes visible to the database now. */
    void flush();
}
