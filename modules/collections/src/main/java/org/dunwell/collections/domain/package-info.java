/** Aging definitions, pools, agents, snapshots and notes, and the repository ports collections reads and writes through. */
package org.dunwell.collections.domain;
