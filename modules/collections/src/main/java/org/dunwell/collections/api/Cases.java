package org.dunwell.collections.api;

import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/** Collection cases: envelopes of transactions with a status, an owner and an append-only log. */
public interface Cases {

    /** Statuses a case moves through (any to any except to itself; closing needs a reason). */
    List<String> STATUSES = List.of("OPEN", "IN_PROGRESS", "CLOSED");

    /** Opens a case over documents (each names its customer; the case keeps the pair). */
    CaseView open(String company, String title, String category, String owner, String description,
                  List<String> documents, CustomerScope scope, UserName actor);

    CaseView get(String company, long id, CustomerScope scope);

    /** Cases whose every customer is in scope; filters status, owner, account; newest first. */
    Page<CaseView> list(String company, String status, String owner, String account, CustomerScope scope,
                        PageRequest page);

    CaseView addTransactions(String company, long id, long expectedVersion, List<String> documents,
                             CustomerScope scope, UserName actor);

    CaseView changeStatus(String company, long id, long expectedVersion, String status, String reason,
                          CustomerScope scope, UserName actor);

    CaseView reassign(String company, long id, long expectedVersion, String owner, String reason,
                      CustomerScope scope, UserName actor);

    /** Defines a category or changes it ({@code expectedVersion} its version), audited with the reason. */
    CaseCategoryView putCategory(String company, String code, String description, boolean excludesDunning,
                                 Long expectedVersion, String reason, UserName actor);

    /** The company's categories by code (a case may also name a category not defined: it stops nothing). */
    List<CaseCategoryView> categories(String company);

    /** The documents of these accounts in cases not closed whose category keeps them out of dunning. */
    java.util.Set<String> heldFromDunning(String company, java.util.Collection<String> accounts);

    /** Appends a note to the log (the log is never edited). */
    CaseView note(String company, long id, String text, CustomerScope scope, UserName actor);
}
