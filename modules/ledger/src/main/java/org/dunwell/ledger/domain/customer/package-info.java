/** Customers and their contacts, and the repository port. */
package org.dunwell.ledger.domain.customer;
