package org.dunwell.ledger.api;

import java.util.List;

/**
 * Which customers a caller may see: all of them, or those matching any of a list of criteria
 * (a collections agent's pools). Every customer-scoped query takes one, so no query can forget
 * it. A customer outside the scope is "not found".
 */
public record CustomerScope(boolean all, List<CustomerCriteria> anyOf) {

    public static final CustomerScope ALL = new CustomerScope(true, List.of());
    public static final CustomerScope NONE = new CustomerScope(false, List.of());

    public CustomerScope {
        anyOf = List.copyOf(anyOf);
    }

    public static CustomerScope anyOf(List<CustomerCriteria> criteria) {
        return new CustomerScope(false, criteria);
    }

    /** Whether a customer with these fields is in scope (the rule the ledger's queries apply in SQL). */
    public boolean includes(String company, String region, String group, String currency, String responsible) {
        return all || anyOf.stream().anyMatch(c -> c.matches(company, region, group, currency, responsible));
    }

    /** Whether this customer is in scope. */
    public boolean includes(CustomerView customer) {
        return includes(customer.company(), customer.region(), customer.group(), customer.currency(),
                customer.responsibleEmployee());
    }

}
