package org.dunwell.dunning.domain.interest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dunwell.dunning.api.InterestNoteView;

/** Interest notes, their lines, and users' waive limits. */
public interface InterestNoteStore {

    /** A note's state besides its lines: what a step changes. */
    record State(String status, int reinstated, String waiverLevel, String waiverRequestedBy, String waiverReason,
                 String decidedBy, Instant decidedAt, String decisionNote) {
    }

    long insert(InterestNoteView note);

    Optional<InterestNoteView> find(String company, long id);

    /** The note's state (besides what its view shows: the waiver level asked for, how often reinstated). */
    Optional<State> state(long id);

    List<InterestNoteView> list(String company, String account);

    /** Moves the note to {@code state} if it is at {@code expectedVersion}; false otherwise. */
    boolean update(long id, long expectedVersion, State state);

    void chargeDocument(long id, String document, String chargeDocument);

    Optional<BigDecimal> waiveLimit(String company, String user);

    void putWaiveLimit(String company, String user, BigDecimal limit);
}
