package org.dunwell.collections.api;

import org.dunwell.kernel.api.UserName;

/**
 * Who the server's users are, as far as collections needs to know to hand work on: whether a user exists,
 * and whether it sees every customer (a collections manager, an administrator). Agents see the customers of
 * their pools ({@link PoolsAndAging#scopeOf}).
 */
public interface UserDirectory {

    boolean exists(UserName user);

    boolean seesAllCustomers(UserName user);
}
