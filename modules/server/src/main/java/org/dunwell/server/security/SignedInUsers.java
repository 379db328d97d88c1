package org.dunwell.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dunwell.collections.api.UserDirectory;
import org.dunwell.kernel.api.UserName;

/**
 * Collections learns who signed in, to know whom work can be handed to (it writes at most once a day
 * per user and server); a failure there fails no request.
 */
@ApplicationScoped
public class SignedInUsers {

    private static final Logger LOG = Logger.getLogger(SignedInUsers.class.getName());

    @Inject
    UserDirectory users;

    public void remember(HttpServletRequest request) {
        try {
            users.signedIn(UserName.of(request.getUserPrincipal().getName()),
                    CustomerVisibility.seesAllCustomers(request::isUserInRole));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the sign-in of " + request.getUserPrincipal().getName(), e);
        }
    }
}
