/** Reading the import files (Commons CSV) into rows. */
package org.dunwell.ledger.infrastructure.csv;
