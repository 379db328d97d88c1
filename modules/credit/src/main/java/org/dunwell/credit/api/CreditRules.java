package org.dunwell.credit.api;

import java.math.BigDecimal;
import java.util.List;
import org.dunwell.kernel.api.UserName;

/**
 * A company's blocking rules and credit settings. A company starts with a default rule set and
 * settings, installed the first time it uses credit.
 */
public interface CreditRules {

    List<CreditRuleView> rules(String company);

    CreditRuleView create(String company, CreditRuleType type, BigDecimal threshold, List<String> riskGroups,
                          CreditCheckDecision result, boolean active, UserName actor);

    /** A stricter rule applies at once; one that lets more orders through waits for a second person. */
    Changed<CreditRuleView> update(String company, long id, long expectedVersion, BigDecimal threshold,
                                   List<String> riskGroups, CreditCheckDecision result, boolean active, String reason,
                                   UserName actor);

    /** An inactive rule goes at once ({@code current} null); removing an active one waits for a second person. */
    Changed<CreditRuleView> delete(String company, long id, long expectedVersion, String reason, UserName actor);

    CreditSettingsView settings(String company);

    /** A higher approval threshold or a changed scorecard waits for a second person; the rest applies at once. */
    Changed<CreditSettingsView> updateSettings(String company, long expectedVersion, CreditSettingsView changes,
                                               String reason, UserName actor);
}
