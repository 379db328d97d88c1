/**
 * What other modules and the REST layer may call in credit: customers' credit profiles and
 * exposure, order credit checks and the hold list, limit requests, rules and the scorecard.
 */
package org.dunwell.credit.api;
