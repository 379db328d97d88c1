package org.dunwell.collections.domain.pool;

import java.util.List;
import java.util.Optional;
import org.dunwell.collections.domain.AgingDefinition;
import org.dunwell.collections.domain.CollectionAgent;
import org.dunwell.collections.domain.CollectionPool;
import org.dunwell.collections.domain.CollectionsUser;

/** Where aging definitions, collection pools and the agents who work them are kept. */
public interface PoolRepository {

    /** The current (latest) revision of a definition. */
    Optional<AgingDefinition> definition(String name);

    Optional<AgingDefinition> definition(String name, int revision);

    /** The current revision of every definition, by name. */
    List<AgingDefinition> definitions();

    void store(AgingDefinition definition);

    /** A company's pools by name. */
    List<CollectionPool> pools(String company);

    Optional<CollectionPool> findPool(String company, String name);

    /** Every agent, by user name. */
    List<CollectionAgent> agents();

    Optional<CollectionAgent> findAgent(String user);

    Optional<CollectionsUser> findUser(String user);

    void store(CollectionsUser user);

    void store(CollectionPool pool);

    void store(CollectionAgent agent);

    /** The agent's pools changed: its version moves on (a change of its join tables alone would not move it). */
    void changed(CollectionAgent agent);

    void remove(CollectionPool pool);

    /** Makes pending changes visible to the database now (to surface version conflicts inside the call). */
    void flush();
}
