/**
 * Plugins for the plugin host's tests: {@code PluginHostTest} packs these classes into plugin jars at run time,
 * so that they load in a plugin's class loader, not the tests'.
 */
package org.dunwell.testplugins;
