/** Exchange rates into the accounting currency, valid from a date. */
package org.dunwell.ledger.domain.rates;
