package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.dunwell.collections.domain.CollectionsUser;
import org.dunwell.collections.domain.pool.PoolRepository;

/** Writes a user's sign-in in a transaction of its own (a failure there fails no request). */
@ApplicationScoped
public class UserSignIns {

    private PoolRepository repository;

    protected UserSignIns() {
    }

    @Inject
    public UserSignIns(PoolRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String user, boolean seesAll, LocalDate today) {
        CollectionsUser known = repository.findUser(user).orElse(null);
        if (known == null) {
            repository.store(new CollectionsUser(user, seesAll, today));
        } else if (known.seesAll() != seesAll || !today.equals(known.lastSignedIn())) {
            known.signedIn(seesAll, today);
        }
        repository.flush();
    }
}
