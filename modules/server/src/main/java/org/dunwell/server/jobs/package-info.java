/** The one port batch jobs are started through, their runs as /jobs shows them, paging by cursor, test faults. */
package org.dunwell.server.jobs;
