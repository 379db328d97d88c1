/** The ledger services behind the api ports: imports, postings, settlement, customers, companies, rates, job claims. */
package org.dunwell.ledger.application;
