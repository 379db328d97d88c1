package org.dunwell.server.security;

/**
 * The application roles of api-contract.md. The registry's groups are mapped to them in
 * {@code liberty-config/roles.xml}; resources name them in {@code @RolesAllowed}.
 */
public final class Roles {

    public static final String ADMINISTRATOR = "administrator";
    public static final String INTEGRATION = "integration";
    public static final String COLLECTIONS_MANAGER = "collections-manager";
    public static final String COLLECTIONS_AGENT = "collections-agent";
    public static final String CREDIT_MANAGER = "credit-manager";
    public static final String CREDIT_CLERK = "credit-clerk";
    public static final String SENIOR_APPROVER = "senior-approver";

    /** Every application role, in the order above. */
    public static final java.util.List<String> ALL = java.util.List.of(ADMINISTRATOR, INTEGRATION, COLLECTIONS_MANAGER,
            COLLECTIONS_AGENT, CREDIT_MANAGER, CREDIT_CLERK, SENIOR_APPROVER);

    private Roles() {
    }
}
