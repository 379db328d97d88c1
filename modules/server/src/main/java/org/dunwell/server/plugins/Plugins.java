package org.dunwell.server.plugins;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server's plugin host over {@code dunwell.plugins.dir}, started with the application, stopped with it. */
@ApplicationScoped
public class Plugins {

    @Inject
    @ConfigProperty(name = "dunwell.plugins.dir", defaultValue = "plugins")
    String folder;

    private volatile PluginHost host;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        host();
    }

    PluginHost host() {
        PluginHost started = host;
        if (started == null) {
            synchronized (this) {
                if (host == null) {
                    PluginHost created = new PluginHost(Path.of(folder).toAbsolutePath(), Plugins.class.getClassLoader());
                    created.start();
                    host = created;
                }
                started = host;
            }
        }
        return started;
    }

    public List<PluginView> list() {
        return host().plugins();
    }

    @PreDestroy
    void stop() {
        if (host != null) {
            host.stop();
        }
    }
}
