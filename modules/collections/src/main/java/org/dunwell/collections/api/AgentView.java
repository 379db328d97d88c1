package org.dunwell.collections.api;

import java.util.List;

/** A collections agent: a user, the pools it works, and its default pool. */
public record AgentView(String user, List<String> pools, String defaultPool, long version) {
}
