package org.dunwell.ai.api;

import org.dunwell.ledger.api.CustomerScope;

/** Reads a customer's reply for a promise to pay or a dispute, for an agent to confirm with one call. */
public interface ReplyTriage {

    TriageView triage(String company, String account, String reply, String language, CustomerScope scope);
}
