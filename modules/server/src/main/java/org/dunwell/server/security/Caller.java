package org.dunwell.server.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.kernel.api.ForbiddenException;
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

    /**
     * The caller's approval level (limit requests, write-offs): a senior approver or administrator
     * approves any amount, a credit manager up to the company threshold; 403 for any other role.
     */
    public ApproverLevel approverLevel(String what) {
        if (isInRole(Roles.SENIOR_APPROVER) || isInRole(Roles.ADMINISTRATOR)) {
            return ApproverLevel.SENIOR_APPROVER;
        }
        if (isInRole(Roles.CREDIT_MANAGER)) {
            return ApproverLevel.CREDIT_MANAGER;
        }
        throw new ForbiddenException("your role may not approve " + what);
    }
}
