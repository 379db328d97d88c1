package org.dunwell.server.collections;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.Activities;
import org.dunwell.collections.api.ActivityView;
import org.dunwell.collections.api.Collections;
import org.dunwell.collections.api.Workspace;
import org.dunwell.collections.api.WorkspaceView;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The collections coordinator workspace: the caller's lists, and one customer on one page. */
@Path("/workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class WorkspaceResource {

    /** One customer in the workspace. */
    public record CustomerWorkspace(String account, String name, String currency, LocalDate asOf, Header header,
                                    CustomerAging aging, List<DocumentView> openTransactions,
                                    List<DocumentView> disputed, List<DocumentView> promised,
                                    List<DocumentView> unsettledPayments, List<ContactView> contacts,
                                    String responsibleEmployee, List<ActivityView> openActivities) {
    }

    /** The header figures. */
    public record Header(Money balance, Money overdue, Money creditLimit, Money availableCredit, Integer riskScore,
                         String riskGroup, String accountStatus, String holdReason, LocalDate lastPaymentDate,
                         Money lastPaymentAmount) {
    }

    @Inject
    Workspace workspace;

    @Inject
    Collections collections;

    @Inject
    CreditProfiles credit;

    @Inject
    Documents documents;

    @Inject
    Activities activities;

    @Inject
    CollectionsApi api;

    @GET
    @Operation(summary = "My open activities, reminders due, top customers by balance and by most-aged balance",
            description = "pool=NAME narrows the lists to one pool; an agent without pool sees all of its pools.")
    public WorkspaceView overview(@QueryParam("company") String company, @QueryParam("pool") String pool) {
        String code = api.company(company);
        CustomerScope scope = api.scope();
        List<String> pools = new ArrayList<>();
        if (pool != null && !pool.isBlank()) {
            collections.scopeOfPool(code, pool.trim(), api.caller(), api.seesAll());
            pools.add(pool.trim());
        } else if (!api.seesAll()) {
            pools.addAll(collections.poolsOf(code, api.caller()));
        }
        if (!api.seesAll() && pools.isEmpty()) {
            scope = CustomerScope.NONE;
        }
        return workspace.overview(code, api.caller(), pools, scope);
    }

    @GET
    @Path("customers/{account}")
    @Operation(summary = "One customer: header figures, aging chart, open / disputed / promised transactions,"
            + " unsettled payments, contacts, open activities", description = "openTransactions are the debits to"
            + " collect: disputed ones are listed apart, under disputed, until the dispute is resolved.")
    public CustomerWorkspace customer(@PathParam("account") String account, @QueryParam("company") String company,
                                      @QueryParam("asOf") String asOf) {
        String code = api.company(company);
        CustomerView customer = api.visible(code, account);
        LocalDate day = api.asOf(asOf);
        CreditProfileView profile = credit.profile(code, account, day);
        CustomerAging aging = collections.aging(code, account, day, null, api.scope());
        List<DocumentView> open = documents.list(new DocumentFilter(code, null, account, null, null, true, null,
                api.scope()), PageRequest.first(PageRequest.MAX_SIZE)).items();
        List<DocumentView> debits = open.stream().filter(d -> d.kind().isDebit()).toList();
        Header header = new Header(aging.openBalance(), profile.overdue(), profile.creditLimit(),
                profile.exposure().available(), profile.riskScore(), profile.riskGroup(),
                profile.holdReason() == null ? "ACTIVE" : "ON_HOLD", profile.holdReason(),
                profile.paymentHistory().lastPaymentDate(), profile.paymentHistory().lastPaymentAmount());
        return new CustomerWorkspace(account, customer.name(), customer.currency(), day, header, aging,
                debits.stream().filter(d -> d.collectionStatus() != CollectionStatus.DISPUTED).toList(),
                debits.stream().filter(d -> d.collectionStatus() == CollectionStatus.DISPUTED).toList(),
                debits.stream().filter(d -> d.collectionStatus() == CollectionStatus.PROMISED).toList(),
                open.stream().filter(d -> !d.kind().isDebit()).toList(), customer.contacts(),
                customer.responsibleEmployee(), activities.list(code, null, "OPEN", account, null, api.scope(),
                        PageRequest.first(PageRequest.MAX_SIZE)).items());
    }
}
