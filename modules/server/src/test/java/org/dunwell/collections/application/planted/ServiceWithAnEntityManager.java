package org.dunwell.collections.application.planted;

import jakarta.persistence.EntityManager;

/** Planted for ArchitectureTest: a collections service that queries through an EntityManager. Never in production code. */
public class ServiceWithAnEntityManager {
    public EntityManager em;

    public long count() {
        return em.createQuery("select count(a) from CollectionActivity a", Long.class).getSingleResult();
    }
}
