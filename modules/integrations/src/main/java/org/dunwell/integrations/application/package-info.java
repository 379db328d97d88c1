/** The services: plugin configurations, bureau reports and what they lead to. */
package org.dunwell.integrations.application;
