/**
 * The extension points that plugins implement. Placeholder until the plugin issue: the
 * module exists so that its dependency rule (PF4J only, nothing of ours) is guarded from
 * the first build.
 */
package org.dunwell.plugin.api;
