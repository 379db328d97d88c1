package org.dunwell.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.dunwell.collections.api.UserDirectory;
import org.dunwell.kernel.api.UserName;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The users of the server's user registry (the demo's basic registry, LDAP in production), read through
 * Liberty's {@code UserRegistry} in JNDI. A user sees every customer when it is in one of the groups
 * {@code dunwell.users.seeAllGroups} names: the groups that {@code roles.xml} maps to the administrator and
 * collections-manager roles (a group given as a distinguished name matches by its first {@code cn}).
 * The registry's API is Liberty's; it is called by reflection so that the WAR compiles against the Jakarta
 * APIs only. Without a registry (another server) every answer is "no": work is then handed to agents only.
 */
@ApplicationScoped
public class RegistryUserDirectory implements UserDirectory {

    private static final Logger LOG = Logger.getLogger(RegistryUserDirectory.class.getName());

    private Set<String> seeAllGroups;

    protected RegistryUserDirectory() {
    }

    @Inject
    public RegistryUserDirectory(@ConfigProperty(name = "dunwell.users.seeAllGroups",
            defaultValue = "dunwell-administrators,dunwell-collections-managers") String groups) {
        this.seeAllGroups = Arrays.stream(groups.split(",")).map(g -> g.strip().toLowerCase(Locale.ROOT))
                .filter(g -> !g.isEmpty()).collect(Collectors.toSet());
    }

    @Override
    public boolean exists(UserName user) {
        Object found = call("isValidUser", user.value());
        return Boolean.TRUE.equals(found);
    }

    @Override
    public boolean seesAllCustomers(UserName user) {
        if (!exists(user)) {
            return false;
        }
        Object groups = call("getGroupsForUser", user.value());
        if (!(groups instanceof Collection<?> names)) {
            return false;
        }
        return names.stream().map(String::valueOf).map(RegistryUserDirectory::groupName)
                .anyMatch(seeAllGroups::contains);
    }

    /** {@code cn=dunwell-collections-managers,ou=groups,...} → {@code dunwell-collections-managers}. */
    static String groupName(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("cn=")) {
            int comma = lower.indexOf(',');
            return lower.substring(3, comma < 0 ? lower.length() : comma);
        }
        return lower;
    }

    private static Object call(String method, String user) {
        Object registry;
        try {
            registry = new InitialContext().lookup("UserRegistry");
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.FINE, "no UserRegistry in JNDI", e);
            return null;
        }
        try {
            Method m = publicMethod(registry.getClass(), method);
            return m == null ? null : m.invoke(registry, user);
        } catch (InvocationTargetException e) {
            // EntryNotFoundException and the like: the user is not in the registry
            LOG.log(Level.FINE, method + " " + user, e.getCause());
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "the user registry could not answer " + method, e);
            return null;
        }
    }

    /** The method as an interface of the registry declares it (the implementation class may not be public). */
    private static Method publicMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> contract : c.getInterfaces()) {
                try {
                    return contract.getMethod(name, String.class);
                } catch (NoSuchMethodException e) {
                    // not this one
                }
            }
        }
        try {
            return type.getMethod(name, String.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
