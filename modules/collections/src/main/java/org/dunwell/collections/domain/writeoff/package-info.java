/** Write-off requests, decided by the one approval rule. */
package org.dunwell.collections.domain.writeoff;
