/** Sign-in, roles, the caller, and the caller's customer scope. */
package org.dunwell.server.security;
