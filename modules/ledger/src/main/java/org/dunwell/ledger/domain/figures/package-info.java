/** A customer's documents and settlements as they stood on a date, turned into receivable figures. */
package org.dunwell.ledger.domain.figures;
