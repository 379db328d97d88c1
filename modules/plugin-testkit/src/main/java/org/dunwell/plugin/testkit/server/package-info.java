/**
 * The in-server tier for a plugin's own project: {@link org.dunwell.plugin.testkit.server.InServerDunwell} talks to
 * the Dunwell server the plugins' parent POM starts with the plugin dropped in (profile {@code dunwell-in-server},
 * docs/plugins.md), as the demo users of its user registry.
 */
package org.dunwell.plugin.testkit.server;
