/** Every failure as application/problem+json. */
package org.dunwell.server.problem;
