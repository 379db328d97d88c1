/** The WAR's application class; the REST resources and platform pieces are in the packages below. */
package org.dunwell.server;
