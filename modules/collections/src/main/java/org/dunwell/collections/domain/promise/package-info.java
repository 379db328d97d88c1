/** Payment promises, the grace days, and the verdict on what arrived by the deadline. */
package org.dunwell.collections.domain.promise;
