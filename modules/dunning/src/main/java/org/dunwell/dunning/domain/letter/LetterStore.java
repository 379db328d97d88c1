package org.dunwell.dunning.domain.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Letters, the levels they gave invoices and the interest periods charged. */
public interface LetterStore {

    /** An invoice's highest level and the date of the letter that gave it. */
    record Level(int level, LocalDate letterDate) {
    }

    /** Levels of the documents of these accounts, by document. */
    Map<String, Level> levels(String company, Collection<String> accounts);

    /** Levels of these documents (read under the customer's lock at posting). */
    Map<String, Level> levelsOf(String company, Collection<String> documents);

    /** The day up to which interest was charged on each of these documents. */
    Map<String, LocalDate> interestChargedTo(String company, Collection<String> accounts);

    long newId();

    /** Letters with the hand-over mark and an id after {@code afterId}, by id, at most {@code limit}. */
    java.util.List<LetterView> handoverLetters(String company, long afterId, int limit);

    void insert(LetterView letter, long run, int line);

    /** Records the invoices' new level; a level an invoice has already is refused by the key (never twice). */
    void insertLevels(String company, String account, Collection<String> documents, int level, long letter,
                      LocalDate date);

    void insertInterestCharged(String company, String account, String document, LocalDate from, LocalDate to,
                               BigDecimal amount, String chargeDocument);

    /** Frees these periods of these documents (a reversed note's): they may be charged again. */
    void uncharge(String company, Map<String, LocalDate> periodStartByDocument);

    Optional<LetterView> letter(String company, long id);

    Page<LetterView> letters(String company, String account, CustomerScope scope, PageRequest page);

    void printed(long id);

    /** A blocking letter whose hold is not yet released: its account, number and the invoices it named. */
    record BlockingLetter(long id, String account, String number, List<String> documents) {
    }

    /** The blocking letters of the company whose hold was not released yet, oldest first. */
    List<BlockingLetter> blockingLetters(String company);

    /** The holds of these letters are released (or were lifted by someone): they are not looked at again. */
    void holdReleased(Collection<Long> letters, java.time.Instant at);
}

