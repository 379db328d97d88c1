-- The day an invoice was first disputed: it stays when the dispute is resolved, so a customer's
-- dispute rate counts every invoice it has disputed, not only those still in dispute.
ALTER TABLE ledger_transaction ADD COLUMN disputed_on DATE;
