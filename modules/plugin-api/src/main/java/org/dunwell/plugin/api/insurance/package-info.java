/** Trade-credit insurance integrations: cover, overdue notifications, claims. */
package org.dunwell.plugin.api.insurance;
