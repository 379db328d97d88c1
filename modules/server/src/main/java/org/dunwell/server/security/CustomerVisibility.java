package org.dunwell.server.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.ledger.api.CustomerScope;

/**
 * The one place that decides which customers the caller sees: a collections agent (with no
 * other role) sees the customers its pools' filters match today; every other role with
 * access sees all. Resources hand {@link #scope()} to the modules' scoped ports, which decide;
 * what it hides is "not found", so its existence is not revealed.
 */
@RequestScoped
public class CustomerVisibility {

    private static final String[] SEE_ALL = {Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER,
            Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER};

    @Inject
    Caller caller;

    @Inject
    PoolsAndAging collections;

    private CustomerScope scope;

    public boolean seesAllCustomers() {
        return seesAllCustomers(caller::isInRole);
    }

    /** Whether a user of these roles sees every customer: every role but the collections agent's. */
    public static boolean seesAllCustomers(Predicate<String> inRole) {
        for (String role : SEE_ALL) {
            if (inRole.test(role)) {
                return true;
            }
        }
        return false;
    }

    public CustomerScope scope() {
        if (scope == null) {
            scope = collections.scopeOf(caller.name(), seesAllCustomers());
        }
        return scope;
    }

    /** The scope narrowed to a pool, or the caller's scope when no pool is named. */
    public CustomerScope scope(String company, String pool) {
        return pool == null || pool.isBlank() ? scope()
                : collections.scopeOfPool(company, pool.trim(), caller.name(), seesAllCustomers());
    }
}
