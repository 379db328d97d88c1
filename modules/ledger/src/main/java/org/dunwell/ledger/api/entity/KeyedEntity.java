package org.dunwell.ledger.api.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * An entity keyed by the one id sequence every table draws from ({@code dw_id_seq}, blocks of 50, the same
 * blocks the JDBC stores take): the id every module's entities share, declared once.
 */
@MappedSuperclass
public abstract class KeyedEntity {

    @Id
    @SequenceGenerator(name = "dw_id", sequenceName = "dw_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dw_id")
    protected Long id;
}
