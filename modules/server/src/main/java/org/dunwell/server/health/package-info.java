/** Liveness and readiness checks. */
package org.dunwell.server.health;
