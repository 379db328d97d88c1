/** The ledger's JPA repositories and converters. */
package org.dunwell.ledger.infrastructure;
