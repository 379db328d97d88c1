package org.dunwell.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.collections.api.AgentView;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A user who works collection pools, with a default pool among them. */
@Entity
@Table(name = "collection_agent")
public class CollectionAgent extends VersionedEntity {

    @Column(name = "user_name", nullable = false, updatable = false)
    private String user;
    @ManyToOne
    @JoinColumn(name = "default_pool_id")
    private CollectionPool defaultPool;
    @ManyToMany
    @JoinTable(name = "agent_pool", joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "pool_id"))
    private List<CollectionPool> pools = new ArrayList<>();

    protected CollectionAgent() {
    }

    public CollectionAgent(String user) {
        this.user = user;
    }

    public String user() {
        return user;
    }

    public void workPools(List<CollectionPool> newPools, CollectionPool newDefault) {
        pools.clear();
        pools.addAll(newPools);
        defaultPool = newDefault;
    }

    /** Takes a pool on (kept as default if the agent had none). */
    public void take(CollectionPool pool) {
        if (!pools.contains(pool)) {
            pools.add(pool);
        }
        if (defaultPool == null) {
            defaultPool = pool;
        }
    }

    /** Gives a pool up; a default pool given up falls to the first remaining one. */
    public void release(CollectionPool pool) {
        pools.remove(pool);
        if (pool.equals(defaultPool)) {
            defaultPool = pools.isEmpty() ? null : pools.get(0);
        }
    }

    public boolean works(CollectionPool pool) {
        return pools.contains(pool);
    }

    public List<CollectionPool> pools() {
        return List.copyOf(pools);
    }

    public CollectionPool defaultPool() {
        return defaultPool;
    }

    public AgentView toView() {
        return new AgentView(user, pools.stream().map(CollectionPool::name).sorted().toList(),
                defaultPool == null ? null : defaultPool.name(), version);
    }
}
