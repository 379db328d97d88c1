/** The JPA and JDBC repositories of collections: the only place with its SQL; scopes through the ledger's CustomerScopeSql port. */
package org.dunwell.collections.infrastructure;
