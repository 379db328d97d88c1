package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.collections.api.AgingDefinitions;
import org.dunwell.collections.domain.AgingDefinition;
import org.dunwell.collections.domain.SnapshotRepository;
import org.dunwell.collections.domain.pool.PoolRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;

/** Aging definitions: created, changed in place until a snapshot used them, then in a new revision. */
@ApplicationScoped
@Transactional
public class AgingDefinitionService implements AgingDefinitions {

    /** Definitions are the server's: their audit entries are under this company key. */
    static final String SERVER = "*";
    private static final String SUBJECT = "aging-definition";

    private PoolRepository definitions;
    private SnapshotRepository snapshots;
    private AuditTrail audit;
    private BusinessClock clock;

    protected AgingDefinitionService() {
    }

    @Inject
    public AgingDefinitionService(PoolRepository definitions, SnapshotRepository snapshots, AuditTrail audit,
                                  BusinessClock clock) {
        this.definitions = definitions;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<AgingDefinitionView> definitions() {
        return definitions.definitions().stream().map(AgingDefinition::toView).toList();
    }

    @Override
    public AgingDefinitionView create(String name, AgingBasis basis, List<AgingBucketSpec> buckets, UserName actor) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.ofField("name", "is required");
        }
        if (definitions.definition(name.strip()).isPresent()) {
            throw new ConflictException("aging definition '" + name.strip() + "' already exists");
        }
        AgingDefinition created = new AgingDefinition(name, 1, basis, buckets);
        definitions.store(created);
        definitions.flush();
        AgingDefinitionView view = created.toView();
        audit.record(new AuditEntry(SERVER, SUBJECT, view.name(), "created", "buckets", null, describe(view), null,
                actor.value(), clock.now()));
        return view;
    }

    @Override
    public AgingDefinitionView change(String name, long expectedVersion, AgingBasis basis,
                                      List<AgingBucketSpec> buckets, String reason, UserName actor) {
        AgingDefinition current = definitions.definition(name)
                .orElseThrow(() -> new NotFoundException("aging definition", name));
        if (current.readOnly()) {
            throw new ConflictException("the standard aging definition cannot be changed; create another one");
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("aging definition", name, expectedVersion, current.version());
        }
        InputLimits.reason("reason", reason);
        String before = describe(current.toView());
        AgingDefinition changed;
        if (snapshots.usedBy(current.name(), current.revision())) {
            // snapshots keep the buckets they aged by: the change is the next revision
            changed = current.next(basis, buckets);
            definitions.store(changed);
        } else {
            current.define(basis, buckets);
            changed = current;
        }
        definitions.flush();
        AgingDefinitionView view = changed.toView();
        audit.record(new AuditEntry(SERVER, SUBJECT, view.name(), "changed", "buckets", before, describe(view),
                reason.strip(), actor.value(), clock.now()));
        return view;
    }

    private static String describe(AgingDefinitionView d) {
        StringBuilder text = new StringBuilder("r" + d.revision() + " " + d.basis().basis() + " " + d.basis().unit());
        d.buckets().forEach(b -> text.append(' ').append(b.name()));
        return text.toString();
    }
}
