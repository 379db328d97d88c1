package org.dunwell.dunning.domain.sequence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A collection letter sequence: levels 1..n (checked by {@link SequenceRules} before they are stored), the letter
 * scope, the escalation rule, whether it is the company's default, and the customer groups that follow it.
 */
@Entity
@Table(name = "letter_sequence")
public class LetterSequence extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "code", nullable = false, updatable = false)
    private String code;
    @Column(name = "description")
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "letter_scope", nullable = false)
    private LetterScope scope;
    @Enumerated(EnumType.STRING)
    @Column(name = "escalation", nullable = false)
    private EscalationRule escalation;
    @Column(name = "company_default", nullable = false)
    private boolean companyDefault;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "letter_sequence_group", joinColumns = @JoinColumn(name = "sequence_id"))
    @Column(name = "customer_group")
    private Set<String> customerGroups = new HashSet<>();
    @OneToMany(mappedBy = "sequence", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<LetterLevel> levels = new ArrayList<>();
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LetterSequence() {
    }

    public LetterSequence(String company, String code, String createdBy, Instant createdAt) {
        this.company = company;
        this.code = code;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Takes the definition (checked already): levels are changed in place, added or removed by number. */
    public void define(LetterSequenceView definition) {
        this.description = definition.description();
        this.scope = definition.scope();
        this.escalation = definition.escalation();
        this.companyDefault = definition.companyDefault();
        customerGroups.clear();
        customerGroups.addAll(definition.customerGroups());
        levels.removeIf(l -> l.number() > definition.levels().size());
        for (LetterSequenceView.Level level : definition.levels()) {
            LetterLevel stored = level(level.level()).orElseGet(() -> {
                LetterLevel added = new LetterLevel(this, level.level());
                levels.add(added);
                return added;
            });
            stored.define(level);
        }
    }

    public void notDefault() {
        companyDefault = false;
    }

    public String company() {
        return company;
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public LetterScope scope() {
        return scope;
    }

    public EscalationRule escalation() {
        return escalation;
    }

    public boolean companyDefault() {
        return companyDefault;
    }

    public Set<String> customerGroups() {
        return Set.copyOf(customerGroups);
    }

    public List<LetterLevel> levels() {
        return levels.stream().sorted(java.util.Comparator.comparingInt(LetterLevel::number)).toList();
    }

    public Optional<LetterLevel> level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst();
    }

    public int lastLevel() {
        return levels.size();
    }

    public LetterSequenceView toView() {
        return new LetterSequenceView(company, code, description, scope, escalation, companyDefault,
                List.copyOf(new TreeSet<>(customerGroups)), levels().stream().map(LetterLevel::toView).toList(),
                version);
    }
}
