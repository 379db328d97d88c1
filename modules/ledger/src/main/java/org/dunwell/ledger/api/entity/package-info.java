/** The base classes every module's entities share: the id from the one sequence, and the version. */
package org.dunwell.ledger.api.entity;
