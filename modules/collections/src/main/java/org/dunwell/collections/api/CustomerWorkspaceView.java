package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.DocumentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One customer on one page: header figures, the aging chart, the debits to collect (disputed ones
 * apart, under {@code disputed}), promised invoices, unsettled payments and credit notes,
 * contacts, the responsible employee, the open activities, the cases not closed, the open promises
 * and the contact restrictions in force (do not contact, hardship, pauses).
 */
@Schema(description = "One customer on one page: header figures, the aging chart, the debits to collect (disputed ones apart, under disputed), promised invoices, unsettled payments and credit notes, contacts, the responsible employee, the open activities, the cases not closed, the open promises and the contact restrictions in force.")
public record CustomerWorkspaceView(String account, String name, String currency, LocalDate asOf,
                                    CustomerHeader header, CustomerAging aging, List<DocumentView> openTransactions,
                                    List<DocumentView> disputed, List<DocumentView> promised,
                                    List<DocumentView> unsettledPayments, List<ContactView> contacts,
                                    String responsibleEmployee, List<ActivityView> openActivities,
                                    List<CaseView> cases, List<PromiseView> promises,
                                    List<RestrictionView> restrictions) {
}
