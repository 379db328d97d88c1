package org.dunwell.collections.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Do not contact, hardship and pauses: set from collections with a reason (a pause with an end date), lifted with
 * a reason, each step audited; every sender asks {@link #permission} before it sends anything.
 */
public interface ContactRestrictions {

    /** {@code document}: only for a pause of one invoice of the customer; {@code from} defaults to today. */
    RestrictionView restrict(String company, String account, String document, RestrictionKind kind, String reason,
                             LocalDate from, LocalDate until, CustomerScope scope, UserName actor);

    RestrictionView get(String company, long id, CustomerScope scope);

    /** The restrictions of one customer or all, optionally only those in force today, newest first. */
    Page<RestrictionView> list(String company, String account, boolean activeOnly, CustomerScope scope,
                               PageRequest page);

    RestrictionView lift(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                         UserName actor);

    /**
     * What may be sent to the customer on {@code day}: the restrictions in force then. A sender the system runs
     * passes {@code CustomerScope.ALL}; a customer the scope does not see is not found.
     */
    ContactPermission permission(String company, String account, LocalDate day, CustomerScope scope);

    /**
     * {@link #permission} of many customers at once, for a job the system runs over a page of customers (no scope:
     * every account given is asked about); an account without restrictions may be contacted.
     */
    java.util.Map<String, ContactPermission> permissions(String company, java.util.Collection<String> accounts,
                                                         LocalDate day);
}
