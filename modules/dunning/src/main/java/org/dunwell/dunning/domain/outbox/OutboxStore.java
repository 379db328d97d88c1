package org.dunwell.dunning.domain.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dunwell.dunning.api.OutboxMessageView;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/** The outbox ({@code dunning_outbox}). */
public interface OutboxStore {

    /** A message to queue: what it carries (a letter, or a text of its own) and to whom. */
    record NewMessage(String company, String account, Long letter, String kind, String recipient, String language,
                      String subject, String body, String by, Instant at) {
    }

    long insert(NewMessage message);

    /** The text of a message without a letter (null for a letter's). */
    String body(long id);

    Optional<OutboxMessageView> get(String company, long id);

    Page<OutboxMessageView> list(String company, String status, PageRequest page);

    /**
     * Claims up to {@code limit} PENDING messages due at {@code now} for {@code sender} until {@code until}: a
     * message claimed by another sender whose claim has not run out is left to it.
     */
    List<OutboxMessageView> claimDue(Instant now, int limit, String sender, Instant until);

    /** Records a delivery: SENT, if {@code sender} still holds the claim. */
    boolean sent(long id, String sender, String messageId, Instant at);

    /** Records a failed attempt: PENDING again at {@code next}, or FAILED when {@code next} is null. */
    void failed(long id, String sender, String error, Instant next);

    /** Moves a message not sent to PENDING (attempts zero) or CANCELLED, at its version. */
    boolean reset(long id, long version, String status, String note, Instant now);
}
