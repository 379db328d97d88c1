package org.dunwell.dunning.domain.sequence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.ledger.api.entity.KeyedEntity;

/** One level of a letter sequence; see {@link LetterSequenceView.Level}. */
@Entity
@Table(name = "letter_level")
public class LetterLevel extends KeyedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "sequence_id", nullable = false, updatable = false)
    private LetterSequence sequence;
    @Column(name = "level_no", nullable = false)
    private int number;
    @Column(name = "days", nullable = false)
    private int days;
    @Column(name = "block_customer", nullable = false)
    private boolean blockCustomer;
    @Column(name = "agency_handover", nullable = false)
    private boolean agencyHandover;
    @Column(name = "interest_code")
    private String interestCode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "letter_level_amount", joinColumns = @JoinColumn(name = "level_id"))
    private List<LevelAmount> amounts = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "letter_level_text", joinColumns = @JoinColumn(name = "level_id"))
    private List<LevelText> texts = new ArrayList<>();

    protected LetterLevel() {
    }

    LetterLevel(LetterSequence sequence, int number) {
        this.sequence = sequence;
        this.number = number;
    }

    void define(LetterSequenceView.Level level) {
        this.days = level.days();
        this.blockCustomer = level.blockCustomer();
        this.agencyHandover = level.agencyHandover();
        this.interestCode = level.interestCode();
        amounts.clear();
        level.amounts().forEach(a -> amounts.add(new LevelAmount(a.currency(), a.fee(), a.minimumOverdue())));
        texts.clear();
        level.texts().forEach(t -> texts.add(new LevelText(t.language(), t.subject(), t.body())));
    }

    public int number() {
        return number;
    }

    public int days() {
        return days;
    }

    public boolean blockCustomer() {
        return blockCustomer;
    }

    public boolean agencyHandover() {
        return agencyHandover;
    }

    public String interestCode() {
        return interestCode;
    }

    /** The fee and least overdue amount in {@code currency}, if the level names that currency. */
    public Optional<LevelAmount> amountIn(String currency) {
        return amounts.stream().filter(a -> a.currency().equals(currency)).findFirst();
    }

    /** The level's text in {@code language}, if it has one. */
    public Optional<LevelText> textIn(String language) {
        return texts.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    LetterSequenceView.Level toView() {
        return new LetterSequenceView.Level(number, days, blockCustomer, agencyHandover, interestCode,
                amounts.stream().sorted(java.util.Comparator.comparing(LevelAmount::currency))
                        .map(a -> new LetterSequenceView.Amount(a.currency(), a.fee(), a.minimumOverdue())).toList(),
                texts.stream().sorted(java.util.Comparator.comparing(LevelText::language))
                        .map(t -> new LetterSequenceView.Text(t.language(), t.subject(), t.body())).toList());
    }
}
