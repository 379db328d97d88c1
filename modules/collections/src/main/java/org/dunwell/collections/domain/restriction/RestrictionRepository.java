package org.dunwell.collections.domain.restriction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Where contact restrictions are kept. */
public interface RestrictionRepository {

    Optional<ContactRestriction> find(String company, long id);

    /** Of one account (or all), within the scope, in force on {@code activeOn} (null: any), newest first. */
    Page<ContactRestriction> list(String company, String account, LocalDate activeOn, CustomerScope scope,
                                  PageRequest page);

    /** The customer's restrictions not lifted (whatever their dates). */
    List<ContactRestriction> notLifted(String company, String account);

    /** The restrictions not lifted of these accounts (whatever their dates), by account. */
    List<ContactRestriction> notLifted(String company, java.util.Collection<String> accounts);

    void store(ContactRestriction restriction);

    void flush();
}
