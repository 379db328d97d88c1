package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Documents;

/**
 * Lifts the credit holds blocking letters placed once what they named is paid: a customer whose blocking letters'
 * invoices (and fees and interest notes) have nothing open any more comes off the {@code DUNNING} hold, audited in
 * its credit history with the letters' numbers. A hold someone changed since is left as it is. Runs at the start of
 * every letter run's job, so each run begins from the holds the ledger justifies.
 */
@ApplicationScoped
@Transactional
public class DunningHolds {

    private LetterStore letters;
    private Documents documents;
    private CreditProfiles credit;
    private BusinessClock clock;

    protected DunningHolds() {
    }

    @Inject
    public DunningHolds(LetterStore letters, Documents documents, CreditProfiles credit, BusinessClock clock) {
        this.letters = letters;
        this.documents = documents;
        this.credit = credit;
        this.clock = clock;
    }

    /** Releases what is paid; the accounts whose hold was lifted. */
    public List<String> releasePaid(String company, UserName actor) {
        Map<String, List<LetterStore.BlockingLetter>> byAccount = new LinkedHashMap<>();
        letters.blockingLetters(company).forEach(l -> byAccount.computeIfAbsent(l.account(), k -> new ArrayList<>())
                .add(l));
        List<String> lifted = new ArrayList<>();
        for (Map.Entry<String, List<LetterStore.BlockingLetter>> account : byAccount.entrySet()) {
            boolean paid = account.getValue().stream().flatMap(l -> l.documents().stream())
                    .allMatch(d -> documents.get(company, d).openAmount().amount().signum() == 0);
            if (!paid) {
                continue;
            }
            String numbers = String.join(", ", account.getValue().stream().map(LetterStore.BlockingLetter::number)
                    .toList());
            if (credit.liftSystemHold(company, account.getKey(), LinePoster.HOLD_REASON, "the overdue named by"
                    + " collection letter " + numbers + " is paid", actor)) {
                lifted.add(account.getKey());
            }
            letters.holdReleased(account.getValue().stream().map(LetterStore.BlockingLetter::id).toList(),
                    clock.now());
        }
        return lifted;
    }
}
