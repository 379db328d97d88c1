/** REST resources of the ledger: companies, customers, documents, settlements, imports, rates, audit trail. */
package org.dunwell.server.ledger;
