package org.dunwell.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A named aging period definition, stored as data, in revisions: a change of a revision some snapshot aged by
 * makes the next revision, so that the snapshot keeps the buckets it was made with. {@code standard} is
 * read-only.
 */
@Entity
@Table(name = "aging_definition")
public class AgingDefinition extends VersionedEntity {

    /** The definition every company starts with; it cannot be changed. */
    public static final String STANDARD = "standard";

    @Column(name = "name", nullable = false, updatable = false)
    private String name;
    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;
    @Column(name = "basis", nullable = false)
    private String basis;
    @Column(name = "age_unit", nullable = false)
    private String unit;
    @Column(name = "buckets", nullable = false)
    private String buckets;

    protected AgingDefinition() {
    }

    public AgingDefinition(String name, int revision, AgingBasis basis, List<AgingBucketSpec> buckets) {
        String key = InputLimits.key("name", name, 40);
        if (!key.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw InvalidInputException.ofField("name", "letters, digits, _ . - (at most 40)");
        }
        this.name = key;
        this.revision = revision;
        define(basis, buckets);
    }

    /** The next revision of this definition with other buckets. */
    public AgingDefinition next(AgingBasis newBasis, List<AgingBucketSpec> newBuckets) {
        return new AgingDefinition(name, revision + 1, newBasis, newBuckets);
    }

    /** New buckets for this revision (no snapshot used it). */
    public void define(AgingBasis newBasis, List<AgingBucketSpec> newBuckets) {
        if (STANDARD.equals(name) && this.buckets != null) {
            throw new ConflictException("the standard aging definition cannot be changed; create another one");
        }
        if (newBasis == null || newBasis.basis() == null || newBasis.unit() == null) {
            throw InvalidInputException.ofField("basis", "is required: DUE_DATE or DOCUMENT_DATE, in DAYS or MONTHS");
        }
        AgingBucketSpec.validate(newBuckets);
        StringBuilder text = new StringBuilder();
        for (AgingBucketSpec b : newBuckets) {
            text.append(text.length() == 0 ? "" : ";").append(b.name().strip()).append('|')
                    .append(b.from() == null ? "" : b.from()).append('|').append(b.to() == null ? "" : b.to());
        }
        if (text.length() > 2000) {
            throw InvalidInputException.ofField("buckets", "too many buckets");
        }
        this.basis = newBasis.basis().name();
        this.unit = newBasis.unit().name();
        this.buckets = text.toString();
    }

    public String name() {
        return name;
    }

    public int revision() {
        return revision;
    }

    public long version() {
        return version;
    }

    public boolean readOnly() {
        return STANDARD.equals(name.toLowerCase(Locale.ROOT));
    }

    public AgingDefinitionView toView() {
        List<AgingBucketSpec> specs = new ArrayList<>();
        for (String entry : buckets.split(";")) {
            String[] parts = entry.split("\\|", -1);
            specs.add(new AgingBucketSpec(parts[0], parts[1].isEmpty() ? null : Integer.valueOf(parts[1]),
                    parts[2].isEmpty() ? null : Integer.valueOf(parts[2])));
        }
        return new AgingDefinitionView(name, new AgingBasis(AgingBasis.Basis.valueOf(basis),
                AgingBasis.Unit.valueOf(unit)), List.copyOf(specs), revision, readOnly(), version);
    }
}
