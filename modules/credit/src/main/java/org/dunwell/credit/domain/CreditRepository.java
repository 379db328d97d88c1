package org.dunwell.credit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.HoldStatus;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/**
 * Where the credit module keeps its records: profiles, limit groups, insurance, limit requests, order
 * credit checks, rules and settings. Every look-up is within one company; {@code forUpdate} takes the
 * record's write lock until the transaction ends.
 */
public interface CreditRepository {

    Optional<CreditProfile> findProfile(String company, String account);

    List<CreditProfile> findProfiles(String company, Collection<String> accounts);

    /** The profiles of a limit group's members, by account. */
    List<CreditProfile> membersOf(String company, String group);

    /** Scored profiles, lowest score first, optionally of one risk group. */
    Page<CreditProfile> scoredProfiles(String company, String riskGroup, PageRequest page);

    Optional<CreditLimitGroup> findGroup(String company, String name);

    List<CreditLimitGroup> groups(String company);

    Optional<CreditInsurance> findInsurance(String company, String account);

    /** Approved limit requests of the accounts (their grants make the limit schedule). */
    List<CreditLimitRequest> approvedRequestsFor(String company, Collection<String> accounts);

    /** Limit requests, newest first, of one account or (account null) of the company. */
    List<CreditLimitRequest> requests(String company, String account);

    Optional<CreditLimitRequest> findRequest(String company, long id, boolean forUpdate);

    /** Changes waiting for (or decided by) a second person, newest first, optionally in one status. */
    Page<CreditChangeRequest> changes(String company, Approval.Status status, PageRequest page);

    Optional<CreditChangeRequest> findChange(String company, long id, boolean forUpdate);

    /**
     * The checked orders of these accounts that may go ahead, the ERP has not reported, checked on or after
     * {@code since}: what counts as open orders on top of the ERP's figures.
     */
    List<OrderCreditCheck> openApprovedOrders(String company, Collection<String> accounts, LocalDate since);

    /** The customer's checks of these order references, with their row locks. */
    List<OrderCreditCheck> checksOfOrders(String company, String account, Collection<String> references);

    /** The group with its row lock held until the transaction ends. */
    Optional<CreditLimitGroup> findGroupForUpdate(String company, String name);

    Optional<OrderCreditCheck> findCheckByOrder(String company, String orderReference);

    Optional<OrderCreditCheck> findCheck(String company, long id, boolean forUpdate);

    /** Checks whose hold is in this state, oldest first. */
    Page<OrderCreditCheck> holds(String company, HoldStatus status, String account, PageRequest page);

    Optional<CreditSettings> findSettings(String company);

    /** The company's rules in the order they were made. */
    List<CreditRule> rules(String company);

    Optional<CreditRule> findRule(String company, long id);

    void store(CreditProfile profile);

    void store(CreditLimitGroup group);

    void store(CreditInsurance insurance);

    void store(CreditLimitRequest request);

    void store(CreditChangeRequest change);

    void store(OrderCreditCheck check);

    void store(CreditSettings settings);

    void store(CreditRule rule);

    void remove(CreditInsurance insurance);

    void remove(CreditRule rule);

    /** Makes pending changes visible to the database now (to surface version conflicts inside the call). */
    void flush();

    /** Writes pending changes and lets go of every record read so far (a batch chunk is done). */
    void flushAndRelease();
}
