package org.dunwell.collections.domain.cases;

import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Where collection cases are kept. */
public interface CaseRepository {

    Optional<CollectionCase> find(String company, long id);

    /** The cases the filter names all of whose customers are within the scope, newest first. */
    Page<CollectionCase> list(CaseFilter filter, CustomerScope scope, PageRequest page);

    void store(CollectionCase c);

    java.util.Optional<CaseCategory> category(String company, String code);

    java.util.List<CaseCategory> categories(String company);

    void store(CaseCategory category);

    /** Documents of these accounts in cases not closed whose category excludes dunning. */
    java.util.Set<String> heldFromDunning(String company, java.util.Collection<String> accounts);

    /** Makes pending changes visible to the database now (to surface version conflicts inside the call). */
    void flush();
}
