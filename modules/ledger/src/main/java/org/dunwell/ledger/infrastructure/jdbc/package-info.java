/** The ledger's JDBC store and queries: postings, aging, figures, scope SQL and job claims. */
package org.dunwell.ledger.infrastructure.jdbc;
