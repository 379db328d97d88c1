package org.dunwell.server.plugins;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dunwell.plugin.api.PluginApiVersion;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginWrapper;

/**
 * PF4J's manager as the host runs it: the API version is the system version a plugin's {@code Plugin-Requires}
 * is checked against, and every plugin's class loader asks {@link PluginApiClassLoader} first (so the API's
 * types are the host's, never a copy a plugin brought) and then the plugin's own jar.
 */
final class DunwellPluginManager extends DefaultPluginManager {

    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final ClassLoader apiLoader;

    DunwellPluginManager(Path pluginsRoot, ClassLoader host) {
        super(pluginsRoot);
        this.apiLoader = new PluginApiClassLoader(host);
        setSystemVersion(PluginApiVersion.CURRENT);
    }

    /** Why a plugin was refused when it was loaded (an API version it does not accept), if it was. */
    Optional<String> refusal(String pluginId) {
        return Optional.ofNullable(refusals.get(pluginId));
    }

    @Override
    protected boolean isPluginValid(PluginWrapper plugin) {
        boolean valid = super.isPluginValid(plugin);
        if (!valid) {
            refusals.put(plugin.getPluginId(), "plugin " + plugin.getPluginId() + " " + plugin.getDescriptor().getVersion()
                    + " needs plugin API " + plugin.getDescriptor().getRequires() + "; this server has plugin API "
                    + PluginApiVersion.CURRENT);
        }
        return valid;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return isolated(descriptor);
                    }
                })
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return isolated(descriptor);
                    }
                });
    }

    private PluginClassLoader isolated(PluginDescriptor descriptor) {
        return new PluginClassLoader(this, descriptor, apiLoader, ClassLoadingStrategy.APD);
    }
}
