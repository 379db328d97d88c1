package org.dunwell.ledger.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A keyed entity users change: its {@code version} is the optimistic lock, given to clients as the ETag and
 * required back as If-Match, so that no concurrent edit is lost.
 */
@MappedSuperclass
public abstract class VersionedEntity extends KeyedEntity {

    @Version
    @Column(name = "version", nullable = false)
    protected long version;
}
