package org.dunwell.ai.api;

import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Reminder drafts: asked for by an agent, edited (the verifier runs again on every edit), approved by the agent
 * (the agent's own review, not four eyes) and sent through the outbox; discarded otherwise. A text that fails the
 * verifier is approved only when the approver acknowledges each violation. A customer not to be contacted or in
 * hardship gets none sent.
 */
public interface Drafts {

    DraftView create(String company, String account, DraftKind kind, String language, CustomerScope scope,
                     UserName actor);

    DraftView get(String company, long id, CustomerScope scope);

    Page<DraftView> list(String company, String account, DraftStatus status, CustomerScope scope, PageRequest page);

    DraftView edit(String company, long id, long expectedVersion, String subject, String body, CustomerScope scope,
                   UserName actor);

    DraftView approve(String company, long id, long expectedVersion, List<String> acknowledged, CustomerScope scope,
                      UserName actor);

    DraftView discard(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                      UserName actor);
}
