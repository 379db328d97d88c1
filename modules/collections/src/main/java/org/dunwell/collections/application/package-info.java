/** The collections services behind the api ports: transactions, visibility (Visibility), audit; no SQL. */
package org.dunwell.collections.application;
