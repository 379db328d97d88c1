/** The edge of the API: company rule, input parsing, the clock, start-up, demo data. */
package org.dunwell.server.platform;
