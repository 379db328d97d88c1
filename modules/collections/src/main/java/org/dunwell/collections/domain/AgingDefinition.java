package org.dunwell.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;

/** A named aging period definition, stored as data. */
@Entity
@Table(name = "aging_definition")
public class AgingDefinition {

    @Id
    private Long id;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "basis", nullable = false)
    private String basis;
    @Column(name = "age_unit", nullable = false)
    private String unit;
    @Column(name = "buckets", nullable = false)
    private String buckets;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AgingDefinition() {
    }

    public AgingDefinitionView toView() {
        List<AgingBucketSpec> specs = new ArrayList<>();
        for (String entry : buckets.split(";")) {
            String[] parts = entry.split("\\|", -1);
            specs.add(new AgingBucketSpec(parts[0], parts[1].isEmpty() ? null : Integer.valueOf(parts[1]),
                    parts[2].isEmpty() ? null : Integer.valueOf(parts[2])));
        }
        return new AgingDefinitionView(name, new AgingBasis(AgingBasis.Basis.valueOf(basis),
                AgingBasis.Unit.valueOf(unit)), List.copyOf(specs));
    }
}
