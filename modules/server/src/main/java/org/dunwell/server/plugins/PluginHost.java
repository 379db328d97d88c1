package org.dunwell.server.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.dunwell.plugin.api.contact.ContactChannel;
import org.dunwell.plugin.api.insurance.CreditInsuranceProvider;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The plugins of one folder, loaded and started with PF4J ({@link DunwellPluginManager}). A plugin that cannot
 * be read, is refused or fails to start stays out, with its reason; it never stops the others or the server.
 */
public final class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());
    private static final List<Class<?>> EXTENSION_POINTS = List.of(CreditBureauProvider.class,
            CreditInsuranceProvider.class, CollectionAgencyProvider.class, ContactChannel.class);

    private final Path folder;
    private final DunwellPluginManager manager;

    public PluginHost(Path folder, ClassLoader host) {
        this.folder = folder;
        this.manager = new DunwellPluginManager(folder, host);
    }

    /** Loads and starts every plugin of the folder (creating the folder if it is not there). */
    public void start() {
        try {
            Files.createDirectories(folder);
            manager.loadPlugins();
            manager.startPlugins();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the plugins of " + folder + " could not all be loaded", e);
        }
        for (PluginView plugin : plugins()) {
            LOG.info(() -> "plugin " + plugin.id() + " " + plugin.version() + ": " + plugin.state()
                    + (plugin.problem() == null ? "" : " (" + plugin.problem() + ")"));
        }
    }

    public void stop() {
        try {
            manager.unloadPlugins();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unloading the plugins", e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Every plugin the folder holds, with its state and, where it is not started, why. */
    public List<PluginView> plugins() {
        return manager.getPlugins().stream().map(this::view).sorted(Comparator.comparing(PluginView::id)).toList();
    }

    /** The extensions of one extension point that started plugins provide (never the WAR's own classes). */
    public <T> List<T> extensions(Class<T> extensionPoint) {
        return manager.getStartedPlugins().stream()
                .flatMap(plugin -> manager.getExtensions(extensionPoint, plugin.getPluginId()).stream()).toList();
    }

    /** The ids of the started plugins that provide the extension point, by id. */
    public List<String> providers(Class<?> extensionPoint) {
        return manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId)
                .filter(id -> !manager.getExtensionClasses(extensionPoint, id).isEmpty()).sorted().toList();
    }

    /** The extensions of one extension point that this plugin provides (none when it is not started). */
    public <T> List<T> extensions(Class<T> extensionPoint, String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null || plugin.getPluginState() != PluginState.STARTED) {
            return List.of();
        }
        return manager.getExtensions(extensionPoint, pluginId);
    }

    private PluginView view(PluginWrapper plugin) {
        String problem = manager.refusal(plugin.getPluginId())
                .orElse(plugin.getFailedException() == null ? null : describe(plugin.getFailedException()));
        List<String> provides = plugin.getPluginState() != PluginState.STARTED ? List.of()
                : EXTENSION_POINTS.stream().filter(point -> !manager.getExtensionClasses(point, plugin.getPluginId()).isEmpty())
                        .map(Class::getSimpleName).toList();
        return new PluginView(plugin.getPluginId(), plugin.getDescriptor().getVersion(), plugin.getDescriptor().getProvider(),
                plugin.getDescriptor().getPluginDescription(), plugin.getDescriptor().getRequires(),
                plugin.getPluginState().toString().toLowerCase(java.util.Locale.ROOT), problem, provides, null);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + ": " + root;
    }
}
