/** REST resources of collections and the batch jobs of snapshots and promise evaluation. */
package org.dunwell.server.collections;
