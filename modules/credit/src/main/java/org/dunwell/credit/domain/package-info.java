/** Credit profiles, limits and their schedule, the rule book, insurance, the scorecard, and the repository port. */
package org.dunwell.credit.domain;
