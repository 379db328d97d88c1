/** REST resources of credit management and the risk-scores batch job. */
package org.dunwell.server.credit;
