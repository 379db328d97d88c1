package org.dunwell.collections.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dunwell.collections.api.UserDirectory;
import org.dunwell.kernel.api.UserName;

/** The server's users as the tests need them: {@code manager} sees everyone, {@code visitor} signed in and sees no one. */
public final class FakeUsers implements UserDirectory {

    public final Set<String> seeingAll = ConcurrentHashMap.newKeySet();
    public final Set<String> others = ConcurrentHashMap.newKeySet();

    public FakeUsers() {
        seeingAll.add("manager");
        others.add("visitor");
    }

    @Override
    public void signedIn(UserName user, boolean seesAllCustomers) {
        (seesAllCustomers ? seeingAll : others).add(user.value());
    }

    @Override
    public boolean exists(UserName user) {
        return seeingAll.contains(user.value()) || others.contains(user.value());
    }

    @Override
    public boolean seesAllCustomers(UserName user) {
        return seeingAll.contains(user.value());
    }
}
