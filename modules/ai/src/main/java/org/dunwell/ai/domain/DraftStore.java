package org.dunwell.ai.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dunwell.ai.api.DraftStatus;
import org.dunwell.ai.api.DraftView;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Drafts ({@code ai_draft}), each with the facts it was written from and what was generated before any edit. */
public interface DraftStore {

    /** A draft as written, with the facts snapshot (JSON) and the generated text kept apart from edits. */
    record NewDraft(String company, String account, String kind, String language, String subject, String body,
                    String source, String fallbackReason, String verificationJson, String provider, String model,
                    String promptVersion, String factsJson, String recipient, java.time.LocalDate asOf, String by,
                    Instant at) {
    }

    long insert(NewDraft draft);

    Optional<DraftView> get(String company, long id, CustomerScope scope);

    Page<DraftView> list(String company, String account, DraftStatus status, CustomerScope scope, PageRequest page);

    /** The facts snapshot the draft was written from (JSON). */
    String facts(long id);

    /** A new text and its finding, at the expected version; false when the version moved on. */
    boolean edited(long id, long version, String subject, String body, String verificationJson, String by,
                   Instant at);

    /** Approved, with what was acknowledged and the outbox message, at the expected version. */
    boolean approved(long id, long version, String verificationJson, List<String> acknowledged, long outboxMessage,
                     String by, Instant at);

    boolean discarded(long id, long version, String reason, String by, Instant at);
}
