package org.dunwell.dunning.domain.run;

import java.math.BigDecimal;
import java.util.List;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.api.ProposalLineView;

/** A proposal line about to be stored. */
public record NewLine(String account, String customerName, String currency, String sequence,
                      EscalationRule escalation, Integer level, String language, String languageNote, String contact,
                      String email, BigDecimal overdue, BigDecimal fee, BigDecimal interest, LineStatus status,
                      String reason, List<ProposalLineView.Invoice> invoices) {
}
