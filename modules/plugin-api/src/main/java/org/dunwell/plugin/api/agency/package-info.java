/** Collection agency integrations: hand-over, status, recoveries and fees. */
package org.dunwell.plugin.api.agency;
