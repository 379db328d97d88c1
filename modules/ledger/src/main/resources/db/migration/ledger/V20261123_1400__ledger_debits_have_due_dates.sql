-- A debit (invoice, fee, interest note) always has a due date, a credit (credit note, payment,
-- write-off) never has one: aging tells them apart by the due date alone, which keeps its one
-- pass over the open items as cheap as a plain GROUP BY.
ALTER TABLE ledger_transaction ADD CONSTRAINT ck_transaction_due_date CHECK (
    (kind IN ('INVOICE', 'FEE', 'INTEREST') AND due_date IS NOT NULL)
    OR (kind NOT IN ('INVOICE', 'FEE', 'INTEREST') AND due_date IS NULL));
