/** Claims of scheduled work, once per job, company and business date. */
package org.dunwell.ledger.domain.jobs;
