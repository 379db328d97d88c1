package org.dunwell.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** One aging snapshot run: what it covers and whether its job has written every page. */
@Entity
@Table(name = "aging_snapshot")
public class AgingSnapshot extends VersionedEntity {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;
    @Column(name = "definition", nullable = false, updatable = false)
    private String definition;
    @Column(name = "definition_revision", nullable = false, updatable = false)
    private int definitionRevision;
    @Column(name = "bucket_names", nullable = false, updatable = false)
    private String bucketNames;
    @Column(name = "pool_name", updatable = false)
    private String pool;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "execution_id")
    private Long executionId;
    @Column(name = "customers", nullable = false)
    private int customers;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected AgingSnapshot() {
    }

    public AgingSnapshot(String company, LocalDate asOf, String definition, int definitionRevision,
                         List<String> bucketNames, String pool, String createdBy, Instant createdAt) {
        this.company = company;
        this.asOf = asOf;
        this.definition = definition;
        this.definitionRevision = definitionRevision;
        this.bucketNames = String.join("|", bucketNames);
        this.pool = pool;
        this.status = RUNNING;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The execution that writes the snapshot; the same one again changes nothing (no new version). */
    public void ranAs(long execution) {
        if (executionId == null || executionId != execution) {
            this.executionId = execution;
        }
    }

    /** The job wrote its last page: {@code rows} customers are stored. */
    public void complete(int rows, Instant at) {
        if (!RUNNING.equals(status)) {
            return;
        }
        this.customers = rows;
        this.status = COMPLETED;
        this.completedAt = at;
    }

    public void requireRunning() {
        if (!RUNNING.equals(status)) {
            throw new ConflictException("snapshot " + id + " is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public String company() {
        return company;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String definition() {
        return definition;
    }

    /** The revision of the definition the snapshot ages by (a later change makes another revision). */
    public int definitionRevision() {
        return definitionRevision;
    }

    public String pool() {
        return pool;
    }

    public List<String> bucketNames() {
        return Arrays.asList(bucketNames.split("\\|", -1));
    }

    public AgingSnapshotView toView() {
        return new AgingSnapshotView(id, company, asOf, definition, bucketNames(), pool, status, executionId,
                customers, createdBy, createdAt, completedAt);
    }
}
