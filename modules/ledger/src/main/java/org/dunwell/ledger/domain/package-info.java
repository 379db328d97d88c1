/** The ledger's store port and the subdomains below it. */
package org.dunwell.ledger.domain;
