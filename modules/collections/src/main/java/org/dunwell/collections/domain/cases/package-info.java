/** Collection cases over the documents of one or more customers, with their log. */
package org.dunwell.collections.domain.cases;
