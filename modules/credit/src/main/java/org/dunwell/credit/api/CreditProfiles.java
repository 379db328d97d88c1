package org.dunwell.credit.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.CustomerScope;

/** Customers' credit settings, exposure, insurance and limit groups; every change audited. */
public interface CreditProfiles {

    /** The subject type of credit changes in the audit trail (key: the account). */
    String AUDIT_SUBJECT = "credit";

    CreditProfileView profile(String company, String account, LocalDate asOf, CustomerScope scope);

    /**
     * Applies what tightens at once; what would raise the customer's headroom waits for a second person
     * ({@link CreditChanges}) and comes back as {@code pending}.
     */
    Changed<CreditProfileView> update(String company, String account, long expectedVersion, ProfileChanges changes,
                                      CustomerScope scope, UserName actor, String reason);

    /**
     * The ERP's packing-slip and open-order totals for the customer (in its currency), and the references of
     * the checked orders its open-order total includes: those no longer count on top of it.
     */
    CreditProfileView erpFigures(String company, String account, BigDecimal packingSlips, BigDecimal openOrders,
                                 List<String> orderReferences, CustomerScope scope, UserName actor);

    CreditProfileView.Insurance putInsurance(String company, String account, Long expectedVersion,
                                             InsuranceTerms terms, CustomerScope scope, UserName actor,
                                             String reason);

    void removeInsurance(String company, String account, CustomerScope scope, UserName actor, String reason);

    /** Creates a group, or changes its limit: a lower one at once, a higher one through a second person. */
    Changed<LimitGroupView> putGroup(String company, String name, Money limit, Long expectedVersion, UserName actor,
                                     String reason);

    LimitGroupView group(String company, String name, LocalDate asOf);

    List<LimitGroupView> groups(String company, LocalDate asOf);

    /**
     * Lifts a hold the system placed with {@code reasonCode} once its cause is gone (the overdue a blocking dunning
     * level named is paid): only a hold with exactly that code, without a second person (the system takes back what
     * it decided itself; a hold a person placed is never lifted here), audited with the reason. False when the
     * customer is not on that hold.
     */
    boolean liftSystemHold(String company, String account, String reasonCode, String reason, UserName actor);

    /** Every change to the customer's credit: who, when, old → new, why (newest first). */
    Page<AuditEntry> history(String company, String account, CustomerScope scope, PageRequest page);
}
