package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Aging by definition, pools, agents, and the one rule of visibility: an agent sees the
 * customers its pools' filters match today; everyone else with access sees all.
 */
public interface Collections {

    /** The aging definition used when none is named. */
    String DEFAULT_DEFINITION = "standard";

    /** The name of the definition a request asks for: the one given, or the default. */
    static String definitionName(String requested) {
        return requested == null || requested.isBlank() ? DEFAULT_DEFINITION : requested.trim();
    }

    /** The customers a user may see: all, or (for an agent) its pools' filters. */
    CustomerScope scopeOf(UserName user, boolean seesAllCustomers);

    /** The scope narrowed to one pool; a pool the caller does not work is not found. */
    CustomerScope scopeOfPool(String company, String pool, UserName user, boolean seesAllCustomers);

    AgingDefinitionView definition(String name);

    CustomerAging aging(String company, String account, LocalDate asOf, String definition, CustomerScope scope);

    Page<CustomerAging> agingList(String company, LocalDate asOf, String definition, CustomerScope scope,
                                  PageRequest page);

    List<PoolView> pools(String company);

    PoolView createPool(String company, String name, String region, String group, String currency, UserName actor);

    List<AgentView> agents();

    AgentView assignAgent(String user, String company, List<String> pools, String defaultPool, UserName actor);
}
