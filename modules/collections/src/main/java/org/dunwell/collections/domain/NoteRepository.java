package org.dunwell.collections.domain;

import java.time.Instant;
import java.util.List;

/** Where the notes on a customer's timeline are kept. */
public interface NoteRepository {

    /** A customer's notes written in [from, to). */
    List<CustomerNote> writtenBetween(String company, String account, Instant from, Instant to);

    void store(CustomerNote note);

    /** Makes pending changes visible to the database now. */
    void flush();
}
