/** What keeps collections from contacting a customer: do not contact, hardship, and pauses of customers or invoices. */
package org.dunwell.collections.domain.restriction;
