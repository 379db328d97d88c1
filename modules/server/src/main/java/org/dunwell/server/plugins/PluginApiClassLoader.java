package org.dunwell.server.plugins;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin's class loader. PF4J would fall back to the WAR's class loader, where the entities,
 * the {@code EntityManager}, the server's classes and other plugins' are all visible; this one passes on to the
 * WAR only the plugin API, PF4J and the slf4j API, and otherwise only what the JDK itself holds (the platform
 * class loader). A plugin that reaches for anything else gets a {@link ClassNotFoundException} (at run time a
 * {@link NoClassDefFoundError}).
 */
final class PluginApiClassLoader extends ClassLoader {

    static final List<String> SHARED_PACKAGES = List.of("org.dunwell.plugin.api.", "org.pf4j.", "org.slf4j.");

    private final ClassLoader host;

    PluginApiClassLoader(ClassLoader host) {
        super("dunwell-plugin-api", ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    static boolean shared(String className) {
        return SHARED_PACKAGES.stream().anyMatch(className::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (shared(name)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return sharedResource(name) ? host.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return sharedResource(name) ? host.getResources(name) : getParent() == null ? Collections.emptyEnumeration()
                : getParent().getResources(name);
    }

    private static boolean sharedResource(String name) {
        String asClass = name.replace('/', '.');
        return shared(asClass);
    }
}
