package org.dunwell.collections.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collections agent: a user, the pools it works, and its default pool. */
@Schema(description = "A collections agent: a user, the pools it works, and its default pool.")
public record AgentView(String user, List<String> pools, String defaultPool, long version) {
}
