package org.dunwell.dunning.api;

import java.time.Instant;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/**
 * The emails Dunwell sends: written in the transaction of what they carry, delivered by the sender exactly once
 * (claimed before sending, recorded sent in the same breath), retried with growing pauses, failed after the last
 * attempt; a manager retries or cancels.
 */
public interface Outbox {

    /** Attempts before a message is FAILED. */
    int MAX_ATTEMPTS = 6;

    Page<OutboxMessageView> list(String company, String status, PageRequest page);

    OutboxMessageView get(String company, long id);

    /** A FAILED (or PENDING) message goes again at once, attempts counted from zero. */
    OutboxMessageView retry(String company, long id, long expectedVersion, UserName actor);

    /** A message not sent is not sent at all. */
    OutboxMessageView cancel(String company, long id, long expectedVersion, String reason, UserName actor);

    /**
     * Queues an email without a letter (an approved reminder) in the caller's transaction: sent as plain text by the
     * same sender, exactly once; its id.
     */
    long queueEmail(String company, String account, String kind, String recipient, String language, String subject,
                    String body, UserName by);

    /** Delivers what is due at {@code now}, at most {@code limit}; how many were sent. */
    int deliverDue(Instant now, int limit, String sender);
}
