/** What other modules and the server may call in the ledger: query and command interfaces and their records. */
package org.dunwell.ledger.api;
