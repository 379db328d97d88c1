package org.dunwell.collections.api;

import org.dunwell.kernel.api.UserName;

/**
 * Whom work can be handed to. The server tells it who signed in and whether that user's roles let it see every
 * customer (a collections manager, an administrator); agents see the customers of their pools
 * ({@link PoolsAndAging#scopeOf}). A user the server has never seen sign in is not known here.
 */
public interface UserDirectory {

    /** A user signed in; {@code seesAllCustomers}: its roles now let it see every customer. */
    void signedIn(UserName user, boolean seesAllCustomers);

    boolean exists(UserName user);

    boolean seesAllCustomers(UserName user);
}
