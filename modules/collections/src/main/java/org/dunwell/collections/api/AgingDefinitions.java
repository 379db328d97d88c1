package org.dunwell.collections.api;

import java.util.List;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;

/**
 * Aging definitions as data: listed, created, changed with their version. {@code standard} is read-only; a change
 * of a definition a snapshot aged by makes its next revision (the snapshot keeps its own). Definitions are the
 * server's, shared by its companies; every change is audited.
 */
public interface AgingDefinitions {

    /** The current revision of every definition, by name. */
    List<AgingDefinitionView> definitions();

    AgingDefinitionView create(String name, AgingBasis basis, List<AgingBucketSpec> buckets, UserName actor);

    AgingDefinitionView change(String name, long expectedVersion, AgingBasis basis, List<AgingBucketSpec> buckets,
                               String reason, UserName actor);
}
