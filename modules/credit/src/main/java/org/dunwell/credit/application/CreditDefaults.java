package org.dunwell.credit.application;

import java.util.List;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.CreditRule;
import org.dunwell.credit.domain.CreditRuleBook;
import org.dunwell.credit.domain.CreditSettings;
import org.dunwell.credit.domain.RuleSpec;

/**
 * What a company or customer has before anyone set it: a company's settings and starting rules are
 * installed on its first use, a customer's profile on its first change.
 */
final class CreditDefaults {

    private CreditDefaults() {
    }

    /** The company's settings; on its first use they and the starting rules are installed. */
    static CreditSettings settings(CreditRepository repository, String company) {
        return repository.findSettings(company).orElseGet(() -> {
            CreditSettings created = new CreditSettings(company);
            repository.store(created);
            for (RuleSpec spec : CreditRuleBook.STARTING_RULES) {
                CreditRule rule = new CreditRule(company, spec.type());
                rule.define(spec.threshold(), List.copyOf(spec.riskGroups()), spec.result(), true);
                repository.store(rule);
            }
            repository.flush();
            return created;
        });
    }

    /** The company's rules (the starting ones on its first use). */
    static List<CreditRule> rules(CreditRepository repository, String company) {
        settings(repository, company);
        return repository.rules(company);
    }

    /** The customer's profile, created with the defaults if it has none yet. */
    static CreditProfile profile(CreditRepository repository, String company, String account) {
        return repository.findProfile(company, account).orElseGet(() -> {
            CreditProfile created = new CreditProfile(company, account);
            repository.store(created);
            return created;
        });
    }
}
