/** Pool filters: conditions on master data and figures, and the customer criteria they make visible. */
package org.dunwell.collections.domain.pool;
