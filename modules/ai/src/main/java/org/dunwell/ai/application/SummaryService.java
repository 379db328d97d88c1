package org.dunwell.ai.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dunwell.ai.api.Summaries;
import org.dunwell.ai.api.SummaryView;
import org.dunwell.ai.domain.LanguageFormats;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.api.CustomerFactsQuery;
import org.dunwell.ledger.api.CustomerScope;

/**
 * A customer's summary: its facts (read in their own transaction, so that a slow model holds no database
 * connection), worded by the model or the template writer and checked by the verifier.
 */
@ApplicationScoped
public class SummaryService implements Summaries {

    private CustomerFactsQuery facts;
    private GroundedWriter writer;
    private AiSettings settings;

    protected SummaryService() {
    }

    @Inject
    public SummaryService(CustomerFactsQuery facts, GroundedWriter writer, AiSettings settings) {
        this.facts = facts;
        this.writer = writer;
        this.settings = settings;
    }

    @Override
    public SummaryView summary(String company, String account, LocalDate asOf, String language, CustomerScope scope) {
        CustomerFacts f = facts.facts(company, account, asOf, settings.listSize(), scope);
        String chosen = LanguageFormats.chosen(language, f.language());
        GroundedWriter.Outcome outcome = writer.summary(f, chosen);
        return new SummaryView(f.account(), f.asOf(), chosen, outcome.text().body(), outcome.source(), f,
                outcome.fallbackReason(), outcome.verification());
    }
}
