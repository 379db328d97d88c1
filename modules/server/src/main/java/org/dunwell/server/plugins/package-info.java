/**
 * The plugin host: PF4J over the plugins folder ({@code dunwell.plugins.dir}), each plugin in a class loader
 * whose parent shows it the plugin API, PF4J, the slf4j API and the JDK only ({@link PluginApiClassLoader});
 * a plugin that needs another major version of the API than this server's is refused and says why.
 */
package org.dunwell.server.plugins;
