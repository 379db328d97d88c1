/** JDBC stores of plugin configurations and bureau reports, and the AES-GCM secret cipher. */
package org.dunwell.integrations.infrastructure;
