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
public interface PoolsAndAging {

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

    /** The current revision of a definition (null or blank: the default); unknown: 400 on {@code definition}. */
    AgingDefinitionView definition(String name);

    /** One revision of a definition (a snapshot's). */
    AgingDefinitionView definition(String name, int revision);

    CustomerAging aging(String company, String account, LocalDate asOf, String definition, CustomerScope scope);

    Page<CustomerAging> agingList(String company, LocalDate asOf, String definition, CustomerScope scope,
                                  PageRequest page);

    List<PoolView> pools(String company);

    PoolView pool(String company, String name);

    /** A new pool; its conditions are validated (an unknown field or operator is invalid input). */
    PoolView createPool(String company, String name, List<PoolCondition> conditions, UserName actor);

    /**
     * Replaces a pool's conditions and, when {@code newName} is given, renames it (unique in the company; 409
     * otherwise); optimistic: {@code expectedVersion} is the version read.
     */
    PoolView updatePool(String company, String name, long expectedVersion, String newName,
                        List<PoolCondition> conditions, UserName actor);

    /** Deletes a pool no agent works (409 naming the agents who still do), with a reason. */
    void deletePool(String company, String name, long expectedVersion, String reason, UserName actor);

    /**
     * Hands a pool to another agent in one step: every agent who worked it gives it up (or only
     * {@code fromUser} when named), {@code toUser} takes it; the pool's customers follow.
     */
    PoolView reassignPool(String company, String name, String fromUser, String toUser, String reason,
                          UserName actor);

    /**
     * The customers a pool's filter matches as of a day, evaluated now (figures computed live),
     * within the caller's scope, in account order.
     */
    Page<CustomerFigures> poolCustomers(String company, String pool, LocalDate asOf, CustomerScope scope,
                                        PageRequest page);

    /** The pools of the company a user works (empty for a user who is no agent). */
    List<String> poolsOf(String company, UserName user);

    List<AgentView> agents();

    /** The agent's pools in every company (version 0 and none for a user who works no pool yet). */
    AgentView agent(UserName user);

    /**
     * Sets the agent's pools in {@code company} (its pools in other companies stay) and its default pool
     * there (required with pools); {@code expectedVersion} is the version read (0 for a new agent); audited
     * with the reason.
     */
    AgentView assignAgent(String user, String company, List<String> pools, String defaultPool, long expectedVersion,
                          String reason, UserName actor);
}
