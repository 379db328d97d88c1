/**
 * Sandboxes of the reference plugins' fictional vendors, for the demo setup: Kestrel Credit Bureau, Osprey Trade
 * Credit and Heron Collections, each speaking the HTTP/JSON API docs/plugins.md describes, with token
 * authentication, decisions and updates that arrive later, and the odd error. Kept in memory: a restart forgets them.
 */
package org.dunwell.sandboxes;
