package org.dunwell.integrations.application;

import java.util.List;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.kernel.api.RuleViolationException;

/** Which of the plugins that offer a feature a company uses: the first by id that is enabled there. */
final class EnabledPlugins {

    private EnabledPlugins() {
    }

    /**
     * @param problemType the problem type when none is enabled ({@code no-bureau-plugin}, ...)
     * @param kind        what the plugins are, for the message ("credit bureau")
     */
    static String first(List<String> offering, PluginConfigurations configurations, String company,
                        String problemType, String kind) {
        return offering.stream().sorted().filter(plugin -> configurations.enabled(company, plugin).isPresent())
                .findFirst().orElseThrow(() -> new RuleViolationException(problemType, "no " + kind + " plugin is"
                        + " enabled for company " + company + ": an administrator enables one under /plugins"));
    }
}
