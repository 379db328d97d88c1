/** The audit trail's entity: who changed what, when and why. */
package org.dunwell.ledger.domain.audit;
