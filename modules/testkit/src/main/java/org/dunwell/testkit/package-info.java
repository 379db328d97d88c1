/** The fast persistence test tier: @DatabaseTest on Derby in memory and on PostgreSQL. */
package org.dunwell.testkit;
