package org.dunwell.server.plugins;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plugin of the plugins folder as an administrator sees it. */
@Schema(description = "A plugin of the server's plugins folder: what it is, its state and, where it is not started, why.",
        example = "{\"id\":\"bureau-example\",\"version\":\"1.0.0\",\"provider\":\"Dunwell\",\"description\":\"Example bureau\","
                + "\"requires\":\">=1.0.0 & <2.0.0\",\"state\":\"started\",\"provides\":[\"CreditBureauProvider\"],\"breaker\":\"closed\"}")
public record PluginView(@Schema(required = true) String id, @Schema(required = true) String version, String provider,
                         String description,
                         @Schema(description = "the plugin API versions it accepts (its Plugin-Requires)") String requires,
                         @Schema(required = true, description = "PF4J's state: started, stopped, disabled, failed, resolved, created")
                         String state,
                         @Schema(description = "why it is not started: the API version it was refused for, or its failure")
                         String problem,
                         @Schema(required = true, description = "the extension points it provides") List<String> provides,
                         @Schema(description = "its calls' circuit breaker: closed (calls go through), open (paused after"
                                 + " repeated failures) or half_open (a few calls test it again)") String breaker) {

    PluginView withBreaker(String breakerState) {
        return new PluginView(id, version, provider, description, requires, state, problem, provides, breakerState);
    }
}
