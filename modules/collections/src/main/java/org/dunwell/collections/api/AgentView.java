package org.dunwell.collections.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collections agent: a user, the pools it works in each company, and its default pool there. */
@Schema(description = "A collections agent: a user, the pools it works in each company, and its default pool there.")
public record AgentView(String user, List<Assignment> companies, long version) {

    /** The pools an agent works in one company, and its default pool there. */
    @Schema(name = "AgentAssignment", description = "The pools an agent works in one company, and its default pool there.")
    public record Assignment(String company, List<String> pools, String defaultPool) {
    }

    /** The agent's assignment in a company (no pools: an empty one). */
    public Assignment in(String company) {
        return companies.stream().filter(a -> a.company().equals(company)).findFirst()
                .orElse(new Assignment(company, List.of(), null));
    }
}
