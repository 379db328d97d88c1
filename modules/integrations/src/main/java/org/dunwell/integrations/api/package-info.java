/**
 * What the server may call in integrations: plugin configurations per company, the runtime configuration an
 * enabled plugin is called with, bureau reports; and the ports the server implements over the plugins.
 */
package org.dunwell.integrations.api;
