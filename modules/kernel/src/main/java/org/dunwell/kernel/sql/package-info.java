/** What the infrastructure of every module shares about the databases it runs on. */
package org.dunwell.kernel.sql;
