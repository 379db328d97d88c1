package org.dunwell.server.plugins;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.kernel.api.BusinessClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The server's plugin host over {@code dunwell.plugins.dir}, started with the application, stopped with it; the
 * bounded calls into its plugins ({@link PluginCalls}, on the server's managed executor, outcomes and times in
 * {@code /metrics}) and the context each call gets.
 */
@ApplicationScoped
public class Plugins {

    @Inject
    @ConfigProperty(name = "dunwell.plugins.dir", defaultValue = "plugins")
    String folder;

    @Inject
    @ConfigProperty(name = "dunwell.plugins.callTimeoutSeconds", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "dunwell.plugins.concurrentCalls", defaultValue = "4")
    int concurrentCalls;

    @Inject
    @ConfigProperty(name = "dunwell.plugins.breakerOpenSeconds", defaultValue = "30")
    int breakerOpenSeconds;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    @Inject
    MetricRegistry metrics;

    @Inject
    BusinessClock clock;

    private volatile PluginHost host;
    private volatile PluginCalls calls;
    private volatile HostHttp http;
    private volatile AccessTokens tokens;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        host();
    }

    PluginHost host() {
        PluginHost started = host;
        return started != null ? started : start(this::record);
    }

    /** Starts the host once, its calls' outcomes going to {@code recorder} (the metrics; a test's list). */
    synchronized PluginHost start(PluginCalls.Recorder recorder) {
        if (host == null) {
            Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds));
            calls = new PluginCalls(executor, new PluginCalls.Limits(timeout, Math.max(1, concurrentCalls), 10, 50,
                    Duration.ofSeconds(Math.max(1, breakerOpenSeconds)), Duration.ofMillis(200)), recorder);
            http = new HostHttp(Duration.ofSeconds(5), timeout);
            tokens = new AccessTokens(clock.clock());
            PluginHost created = new PluginHost(Path.of(folder).toAbsolutePath(), Plugins.class.getClassLoader());
            created.start();
            host = created;
        }
        return host;
    }

    PluginCalls calls() {
        host();
        return calls;
    }

    /** The context of a call of the plugin for the company its configuration is for. */
    HostPluginContext context(PluginRuntimeConfiguration configuration) {
        host();
        return new HostPluginContext(configuration.plugin(), configuration.company(), configuration.settings(),
                configuration.secrets(), http, tokens, clock.clock());
    }

    public List<PluginView> list() {
        PluginHost plugins = host();
        return plugins.plugins().stream().map(p -> p.withBreaker(calls.breakerState(p.id()))).toList();
    }

    private void record(String plugin, String operation, PluginCalls.Outcome outcome, Duration took) {
        Tag[] tags = {new Tag("plugin", plugin), new Tag("operation", operation)};
        metrics.counter("dunwell.plugin.calls", tags[0], tags[1], new Tag("outcome", outcome.label())).inc();
        if (outcome != PluginCalls.Outcome.BREAKER_OPEN && outcome != PluginCalls.Outcome.BULKHEAD_FULL) {
            metrics.timer("dunwell.plugin.call.duration", tags).update(took);
        }
    }

    @PreDestroy
    void stop() {
        if (host != null) {
            host.stop();
        }
    }
}
