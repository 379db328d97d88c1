/** Disputes of invoices: never more than is open and not disputed, resolved once. */
package org.dunwell.collections.domain.dispute;
