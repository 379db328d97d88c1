package org.dunwell.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dunwell.collections.api.AgentView;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A user who works collection pools, in one company or several, with a default pool in each company it
 * works (at most one per company, always one of its pools there).
 */
@Entity
@Table(name = "collection_agent")
public class CollectionAgent extends VersionedEntity {

    @Column(name = "user_name", nullable = false, updatable = false)
    private String user;
    @ManyToMany
    @JoinTable(name = "agent_pool", joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "pool_id"))
    private List<CollectionPool> pools = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "agent_default_pool", joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "pool_id"))
    private Set<CollectionPool> defaults = new HashSet<>();

    protected CollectionAgent() {
    }

    public CollectionAgent(String user) {
        this.user = user;
    }

    public Long id() {
        return id;
    }

    public String user() {
        return user;
    }

    /** The agent's pools in {@code company} become {@code newPools}; its pools elsewhere stay. */
    public void workPools(String company, List<CollectionPool> newPools, CollectionPool newDefault) {
        pools.removeIf(p -> p.company().equals(company));
        defaults.removeIf(p -> p.company().equals(company));
        pools.addAll(newPools);
        if (newDefault != null) {
            defaults.add(newDefault);
        }
    }

    /** Takes a pool on (its company's default if the agent had none there). */
    public void take(CollectionPool pool) {
        if (!pools.contains(pool)) {
            pools.add(pool);
        }
        if (defaultPool(pool.company()).isEmpty()) {
            defaults.add(pool);
        }
    }

    /** Gives a pool up; a default pool given up falls to the first remaining one of its company. */
    public void release(CollectionPool pool) {
        pools.remove(pool);
        if (defaults.remove(pool)) {
            pools.stream().filter(p -> p.company().equals(pool.company())).findFirst().ifPresent(defaults::add);
        }
    }

    public boolean works(CollectionPool pool) {
        return pools.contains(pool);
    }

    public List<CollectionPool> pools() {
        return List.copyOf(pools);
    }

    public Optional<CollectionPool> defaultPool(String company) {
        return defaults.stream().filter(p -> p.company().equals(company)).findFirst();
    }

    public long version() {
        return version;
    }

    public AgentView toView() {
        Set<String> companies = new TreeSet<>();
        pools.forEach(p -> companies.add(p.company()));
        List<AgentView.Assignment> assignments = new ArrayList<>();
        for (String company : companies) {
            assignments.add(new AgentView.Assignment(company, pools.stream().filter(p -> p.company().equals(company))
                    .map(CollectionPool::name).sorted().toList(), defaultPool(company).map(CollectionPool::name)
                    .orElse(null)));
        }
        return new AgentView(user, assignments, version());
    }
}
