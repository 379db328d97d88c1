package org.dunwell.ledger.domain.company;

import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.CompanyCode;

/** Where companies are kept. */
public interface CompanyRepository {

    Optional<Company> find(CompanyCode code);

    List<Company> list(long offset, int limit);

    long count();

    void store(Company company);

    /** Makes pending changes visible to the database now (to surface version conflicts inside the call). */
    void flush();
}
