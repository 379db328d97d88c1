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

    CreditRuleView update(String company, long id, long expectedVersion, BigDecimal threshold, List<String> riskGroups,
                          CreditCheckDecision result, boolean active, UserName actor);

    void delete(String company, long id, UserName actor);

    CreditSettingsView settings(String company);

    CreditSettingsView updateSettings(String company, long expectedVersion, CreditSettingsView changes,
                                      UserName actor);
}
