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
    private UserSignIns signIns;
    private BusinessClock clock;

    protected KnownUsers() {
    }

    @Inject
    public KnownUsers(PoolRepository repository, UserSignIns signIns, BusinessClock clock) {
        this.repository = repository;
        this.signIns = signIns;
        this.clock = clock;
    }

    /** Not transactional: a sign-in this server already wrote today costs a map lookup, no transaction. */
    @Override
    public void signedIn(UserName user, boolean seesAllCustomers) {
        LocalDate today = clock.today();
        Written now = new Written(seesAllCustomers, today);
        if (now.equals(written.get(user.value()))) {
            return;
        }
        signIns.record(user.value(), seesAllCustomers, today);
        written.put(user.value(), now);
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
