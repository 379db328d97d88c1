-- Aging as of a past date corrects today's open amounts by the settlements made or undone after
-- it, on the debit side per bucket (by the debit's due or document date) and on the credit side in
-- all, each only for a document dated on or before that date. A settlement keeps the (immutable)
-- dates of its two documents, so those corrections read the settlements alone, without a join.
ALTER TABLE settlement ADD COLUMN debit_document_date DATE;
ALTER TABLE settlement ADD COLUMN debit_due_date DATE;
ALTER TABLE settlement ADD COLUMN credit_document_date DATE;
UPDATE settlement SET
    debit_document_date = (SELECT d.document_date FROM ledger_transaction d WHERE d.id = settlement.debit_id),
    debit_due_date = (SELECT d.due_date FROM ledger_transaction d WHERE d.id = settlement.debit_id),
    credit_document_date = (SELECT c.document_date FROM ledger_transaction c WHERE c.id = settlement.credit_id);
-- NOT NULL as a constraint: Derby and PostgreSQL spell ALTER COLUMN ... NOT NULL differently
ALTER TABLE settlement ADD CONSTRAINT ck_settlement_document_dates CHECK (
    debit_document_date IS NOT NULL AND debit_due_date IS NOT NULL AND credit_document_date IS NOT NULL);
