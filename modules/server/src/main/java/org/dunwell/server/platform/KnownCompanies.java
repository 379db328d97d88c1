package org.dunwell.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.Companies;

/**
 * The companies this server has seen exist, so that checking a request's {@code company} costs a
 * database read only the first time. Companies are never deleted, so what is known stays true; a
 * company created since is read once when first named.
 */
@ApplicationScoped
public class KnownCompanies {

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Inject
    Companies companies;

    /** The company exists; else 404 ("company 'X' was not found"). */
    public void require(String code) {
        if (!known.contains(code)) {
            if (companies.find(CompanyCode.of(code)).isEmpty()) {
                throw new NotFoundException("company", code);
            }
            known.add(code);
        }
    }
}
