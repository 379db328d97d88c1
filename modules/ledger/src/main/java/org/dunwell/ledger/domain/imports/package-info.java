/** The rows, rules and outcomes of the ERP import. */
package org.dunwell.ledger.domain.imports;
