/** The settlement engine: what a credit settles, in the company's order, never more than is open. */
package org.dunwell.ledger.domain.settlement;
