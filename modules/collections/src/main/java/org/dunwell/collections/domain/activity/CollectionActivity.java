package org.dunwell.collections.domain.activity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.ActivityDraft;
import org.dunwell.collections.api.ActivityType;
import org.dunwell.collections.api.ActivityView;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A call, email, letter, meeting or task about one customer; open until someone closes it. */
@Entity
@Table(name = "collection_activity")
public class CollectionActivity extends VersionedEntity {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false)
    private ActivityType type;
    @Column(name = "purpose", nullable = false)
    private String purpose;
    @Column(name = "notes")
    private String notes;
    @Column(name = "responsible", nullable = false)
    private String responsible;
    @Column(name = "starts_at", nullable = false)
    private Instant start;
    @Column(name = "ends_at", nullable = false)
    private Instant end;
    @Column(name = "reminder_on")
    private LocalDate reminderOn;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "follows_id", updatable = false)
    private Long followsId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_transaction", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "document")
    private List<String> documents = new ArrayList<>();
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "close_note")
    private String closeNote;

    protected CollectionActivity() {
    }

    /** A new open activity; the draft is validated (type, purpose, end not before start). */
    public CollectionActivity(String company, ActivityDraft draft, String responsible, Long followsId, String actor,
                              Instant now) {
        if (draft.type() == null) {
            throw InvalidInputException.ofField("type", "is required: one of CALL, EMAIL, LETTER, MEETING, TASK");
        }
        if (draft.purpose() == null || draft.purpose().isBlank() || draft.purpose().length() > 200) {
            throw InvalidInputException.ofField("purpose", "is required (at most 200 characters)");
        }
        if (draft.notes() != null && draft.notes().length() > 4000) {
            throw InvalidInputException.ofField("notes", "at most 4000 characters");
        }
        Instant from = draft.start() != null ? draft.start() : now;
        Instant to = draft.end() != null ? draft.end() : from;
        if (to.isBefore(from)) {
            throw InvalidInputException.ofField("end", "must not be before start");
        }
        this.company = company;
        this.account = draft.account();
        this.type = draft.type();
        this.purpose = draft.purpose().trim();
        this.notes = draft.notes();
        this.responsible = responsible;
        this.start = from;
        this.end = to;
        this.reminderOn = draft.reminderOn();
        this.status = OPEN;
        this.caseId = draft.caseId();
        this.followsId = followsId;
        this.documents.addAll(draft.documents());
        this.createdBy = actor;
        this.createdAt = now;
    }

    public void close(String note, String actor, Instant now) {
        if (!OPEN.equals(status)) {
            throw new ConflictException("activity " + id + " is already closed");
        }
        this.status = CLOSED;
        this.closedBy = actor;
        this.closedAt = now;
        this.closeNote = note;
    }

    public void reassign(String to) {
        if (!OPEN.equals(status)) {
            throw new ConflictException("activity " + id + " is closed; a closed activity is not reassigned");
        }
        this.responsible = to;
    }

    public Long id() {
        return id;
    }

    public String company() {
        return company;
    }

    public String account() {
        return account;
    }

    public String responsible() {
        return responsible;
    }

    public String status() {
        return status;
    }

    public long version() {
        return version;
    }

    public ActivityView toView() {
        return new ActivityView(id, company, account, type, purpose, notes, responsible, start, end, reminderOn,
                status, caseId, followsId, List.copyOf(documents), createdBy, createdAt, closedBy, closedAt,
                closeNote, version);
    }
}
