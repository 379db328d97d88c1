/** An aging definition's buckets laid over an as-of date, so that the database only compares dates. */
package org.dunwell.ledger.domain.aging;
