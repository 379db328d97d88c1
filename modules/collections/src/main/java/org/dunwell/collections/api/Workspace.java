package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/** The collections coordinator workspace. */
public interface Workspace {

    /** How many customers each top list holds. */
    int TOP = 100;

    /**
     * The workspace of {@code user}, its lists within {@code scope} and, when {@code pools} is not
     * empty, within those pools' filters (any of them).
     */
    WorkspaceView overview(String company, UserName user, List<String> pools, CustomerScope scope);

    /** One customer of the scope (others: not found) as of a day, on one page. */
    CustomerWorkspaceView customer(String company, String account, LocalDate asOf, CustomerScope scope);
}
