package org.dunwell.server.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.dunwell.kernel.api.UserName;

/** Who is calling: the authenticated user's name and roles, for audit records and visibility rules. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    public UserName name() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("no authenticated caller");
        }
        return UserName.of(principal.getName());
    }

    public boolean isInRole(String role) {
        return security.isCallerInRole(role);
    }
}
