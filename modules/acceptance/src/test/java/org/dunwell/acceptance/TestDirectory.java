package org.dunwell.acceptance;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The LDAP directory of the LDAP test server (UnboundID's in-memory directory): inetOrgPerson users under
 * ou=people and groupOfNames groups named as in roles.xml under ou=groups, as users-ldap.xml expects. The
 * passwords are not the demo registry's ({@code <user>-ldap-pw}), so a sign-in that works came from here.
 */
final class TestDirectory implements AutoCloseable {

    static final String BASE_DN = "dc=dunwell,dc=test";
    static final String BIND_DN = "cn=dunwell,ou=services," + BASE_DN;
    static final String BIND_PASSWORD = "it-ldap-bind";

    private static final Map<String, List<String>> GROUPS = Map.of(
            "dunwell-collections-agents", List.of("agent1", "agent2"),
            "dunwell-collections-managers", List.of("manager"),
            "dunwell-credit-clerks", List.of("clerk"),
            "dunwell-staff", List.of("visitor"));

    private final InMemoryDirectoryServer server;

    TestDirectory(int port) throws LDAPException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.addAdditionalBindCredentials(BIND_DN, BIND_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: dunwell");
        server.add("dn: ou=people," + BASE_DN, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: ou=groups," + BASE_DN, "objectClass: top", "objectClass: organizationalUnit", "ou: groups");
        for (String user : List.of("agent1", "agent2", "manager", "clerk", "visitor")) {
            server.add("dn: " + userDn(user), "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                    "objectClass: inetOrgPerson", "uid: " + user, "cn: " + user, "sn: " + user,
                    "userPassword: " + password(user));
        }
        for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            List<String> entry = new ArrayList<>(List.of("dn: cn=" + group.getKey() + ",ou=groups," + BASE_DN,
                    "objectClass: top", "objectClass: groupOfNames", "cn: " + group.getKey()));
            group.getValue().forEach(member -> entry.add("member: " + userDn(member)));
            server.add(entry.toArray(String[]::new));
        }
        server.startListening();
    }

    static String password(String user) {
        return user + "-ldap-pw";
    }

    private static String userDn(String user) {
        return "uid=" + user + ",ou=people," + BASE_DN;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
