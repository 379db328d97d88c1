package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dunwell.collections.api.UserDirectory;
import org.dunwell.collections.domain.CollectionsUser;
import org.dunwell.collections.domain.pool.PoolRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;

/**
 * The users the server has seen sign in. A sign-in is written at most once a day per user and server, or at
 * once when the user's roles changed (what this server last wrote is kept in memory).
 */
@ApplicationScoped
public class KnownUsers implements UserDirectory {

    private record Written(boolean seesAll, LocalDate on) {
    }

    private final Map<String, Written> written = new ConcurrentHashMap<>();
    private PoolRepository repository;
    private BusinessClock clock;

    protected KnownUsers() {
    }

    @Inject
    public KnownUsers(PoolRepository repository, BusinessClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signedIn(UserName user, boolean seesAllCustomers) {
        LocalDate today = clock.today();
        if (new Written(seesAllCustomers, today).equals(written.get(user.value()))) {
            return;
        }
        CollectionsUser known = repository.findUser(user.value()).orElse(null);
        if (known == null) {
            repository.store(new CollectionsUser(user.value(), seesAllCustomers, today));
        } else if (known.seesAll() != seesAllCustomers || !today.equals(known.lastSignedIn())) {
            known.signedIn(seesAllCustomers, today);
        }
        repository.flush();
        written.put(user.value(), new Written(seesAllCustomers, today));
    }

    @Override
    @Transactional
    public boolean exists(UserName user) {
        return repository.findUser(user.value()).isPresent();
    }

    @Override
    @Transactional
    public boolean seesAllCustomers(UserName user) {
        return repository.findUser(user.value()).map(CollectionsUser::seesAll).orElse(false);
    }
}
