/** The JPA repository of credit: the only place with its queries. */
package org.dunwell.credit.infrastructure;
