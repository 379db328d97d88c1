package org.dunwell.collections.domain.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.Cases;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** An envelope of transactions of one or more customers, with a status, an owner and an append-only log. */
@Entity
@Table(name = "collection_case")
public class CollectionCase extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "title", nullable = false)
    private String title;
    @Column(name = "category", nullable = false)
    private String category;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "owner_name", nullable = false)
    private String owner;
    @Column(name = "description")
    private String description;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_transaction", joinColumns = @JoinColumn(name = "case_id"))
    private List<CaseTransaction> transactions = new ArrayList<>();
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<CaseLogEntry> log = new ArrayList<>();
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    /** A transaction in the case: its customer and document. */
    @Embeddable
    public static class CaseTransaction {
        @Column(name = "account", nullable = false)
        private String account;
        @Column(name = "document", nullable = false)
        private String document;

        protected CaseTransaction() {
        }

        public CaseTransaction(String account, String document) {
            this.account = account;
            this.document = document;
        }

        public String account() {
            return account;
        }

        CaseView.Transaction toView() {
            return new CaseView.Transaction(account, document);
        }
    }

    protected CollectionCase() {
    }

    public CollectionCase(String company, String title, String category, String owner, String description,
                          String actor, Instant now) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw InvalidInputException.ofField("title", "is required (at most 200 characters)");
        }
        InputLimits.key("category", category, InputLimits.KEY_MAX_LENGTH);
        if (description != null && description.length() > 2000) {
            throw InvalidInputException.ofField("description", "at most 2000 characters");
        }
        this.company = company;
        this.title = title.trim();
        this.category = category.trim();
        this.owner = owner;
        this.description = description;
        this.status = "OPEN";
        this.createdBy = actor;
        this.createdAt = now;
        log.add(new CaseLogEntry(now, actor, "opened", this.title));
    }

    /** Adds transactions not in the case yet (each logged); already there: left as is. */
    public void add(List<CaseTransaction> more, String actor, Instant now) {
        requireNotClosed();
        for (CaseTransaction t : more) {
            boolean there = transactions.stream().anyMatch(x -> x.document.equals(t.document));
            if (!there) {
                transactions.add(t);
                log.add(new CaseLogEntry(now, actor, "transaction-added", t.account + " " + t.document));
            }
        }
    }

    public void changeStatus(String to, String reason, String actor, Instant now) {
        if (!Cases.STATUSES.contains(to)) {
            throw InvalidInputException.ofField("status", "must be one of " + Cases.STATUSES);
        }
        if (to.equals(status)) {
            throw new ConflictException("case " + id + " is already " + status);
        }
        if ((to.equals("CLOSED") || status.equals("CLOSED")) && (reason == null || reason.isBlank())) {
            throw InvalidInputException.ofField("reason", "is required to close or reopen a case");
        }
        log.add(new CaseLogEntry(now, actor, "status", status + " -> " + to + (reason == null ? "" : ": " + reason)));
        this.status = to;
        this.closedAt = to.equals("CLOSED") ? now : null;
    }

    public void reassign(String to, String reason, String actor, Instant now) {
        requireNotClosed();
        log.add(new CaseLogEntry(now, actor, "owner", owner + " -> " + to + (reason == null ? "" : ": " + reason)));
        this.owner = to;
    }

    public void note(String text, String actor, Instant now) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw InvalidInputException.ofField("text", "is required (at most 2000 characters)");
        }
        log.add(new CaseLogEntry(now, actor, "note", text));
    }

    private void requireNotClosed() {
        if ("CLOSED".equals(status)) {
            throw new ConflictException("case " + id + " is closed");
        }
    }

    public Long id() {
        return id;
    }

    public String company() {
        return company;
    }

    public long version() {
        return version;
    }

    public List<String> accounts() {
        return transactions.stream().map(t -> t.account).distinct().toList();
    }

    public CaseView toView(List<Long> activities) {
        return new CaseView(id, company, title, category, status, owner, description,
                transactions.stream().map(CaseTransaction::toView).toList(), activities,
                log.stream().map(CaseLogEntry::toView).toList(), createdBy, createdAt, closedAt, version);
    }
}
