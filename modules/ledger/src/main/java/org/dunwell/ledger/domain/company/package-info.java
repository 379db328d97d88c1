/** Companies: accounting currency, settlement order, language. */
package org.dunwell.ledger.domain.company;
