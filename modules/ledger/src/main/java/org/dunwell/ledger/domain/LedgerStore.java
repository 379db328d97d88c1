package org.dunwell.ledger.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.domain.imports.CustomerRef;
import org.dunwell.ledger.domain.imports.StoredContact;
import org.dunwell.ledger.domain.imports.CustomerRow;
import org.dunwell.ledger.domain.imports.NewDocument;
import org.dunwell.ledger.domain.imports.NewSettlement;
import org.dunwell.ledger.domain.imports.RateRow;
import org.dunwell.ledger.domain.imports.StoredCustomer;
import org.dunwell.ledger.domain.imports.StoredDocument;
import org.dunwell.ledger.domain.imports.StoredRate;
import org.dunwell.ledger.domain.settlement.ActiveSettlement;
import org.dunwell.ledger.domain.settlement.Debit;
import org.dunwell.ledger.domain.settlement.SettlementOrder;

/**
 * Where postings are written: documents, settlements, customer and rate rows, in set-based
 * batches, in the caller's transaction. Financial documents are written here only.
 */
public interface LedgerStore {

    /** After a bulk import: refresh the optimizer's statistics of the ledger tables (PostgreSQL). */
    void refreshStatistics();

    /** Fresh surrogate keys from the one sequence (consistent with the JPA generator). */
    long[] newIds(int count);

    Optional<String> accountingCurrency(String company);

    SettlementOrder settlementOrder(String company);

    Map<String, CustomerRef> customerRefs(String company, Collection<String> accounts);

    Map<String, StoredCustomer> customers(String company, Collection<String> accounts);

    void insertCustomers(String company, List<CustomerRow> rows, long[] ids, String actor, Instant now);

    /** Writes the changed fields of existing customers (version + 1). */
    void updateCustomers(List<CustomerRow> rows, Map<String, StoredCustomer> existing);

    /** The contacts of these customers, each list in the customers' order. */
    Map<Long, List<StoredContact>> contacts(Collection<Long> customerIds);

    void insertContacts(List<StoredContact> contacts);

    void updateContacts(List<StoredContact> contacts);

    /** Version + 1 for customers whose contacts changed (the contacts are part of the customer). */
    void touchCustomers(Collection<Long> customerIds);

    Map<String, StoredDocument> documents(String company, Collection<String> documents);

    Optional<StoredDocument> document(String company, String document);

    void insertDocuments(List<NewDocument> documents);

    /** Takes the write locks of these documents, in ascending id order (no deadlocks). */
    void lock(Collection<Long> documentIds);

    Map<Long, BigDecimal> openAmounts(Collection<Long> documentIds);

    /** Sets open amounts (version + 1 each). */
    void setOpenAmounts(Map<Long, BigDecimal> openAmounts);

    /**
     * The debits a credit settles by itself when none is named: the customer's posted debits with something
     * open and not disputed (a disputed invoice is settled only when named), with their claims' dates.
     */
    List<Debit> undisputedOpenDebits(long customerId, String currency);

    List<Debit> debits(Collection<Long> ids, String currency);

    void insertSettlements(List<NewSettlement> settlements);

    List<ActiveSettlement> activeSettlements(long documentId);

    Optional<ActiveSettlement> activeSettlement(long settlementId);

    void undoSettlements(Collection<Long> settlementIds, LocalDate on, String by, String reason);

    void setStatus(long documentId, DocumentStatus status, LocalDate on, String reason);

    /** Sets the status; the first time it is {@code DISPUTED}, {@code on} is kept as the day of the first dispute. */
    void setCollectionStatus(long documentId, CollectionStatus status, LocalDate on);

    Map<String, StoredRate> rates(String company, Collection<RateRow> rows);

    void insertRates(List<RateRow> rows, long[] ids, String actor, Instant now);

    void updateRates(Map<Long, BigDecimal> rates);

    void insertAudit(List<AuditEntry> entries);

    long recordImport(String company, String kind, String mode, String outcome, long received, long applied,
                      long unchanged, long rejected, String actor, Instant started, Instant finished);

    /** Writes movements to the postings feed, unnumbered; each gets its reconciliation key DW-{id}. */
    void insertPostingEntries(List<org.dunwell.ledger.domain.imports.NewPostingEntry> entries);

    /** Numbers the company's committed entries not numbered yet, in id order, under the counter's row lock. */
    void numberPostingEntries(String company);

    /** Numbered entries after {@code after}, at most {@code limit}, in order. */
    List<org.dunwell.ledger.api.PostingEntry> postingEntries(String company, long after, int limit);

    /** Which of these references are reconciliation keys of the company's entries: key to entry description. */
    java.util.Map<String, String> reconciliationKeys(String company, java.util.Collection<String> references);
}
