-- Keys of up to 64 characters (api-contract.md, "Limits on input"): company codes, accounts,
-- documents and the codes of customer master data. Widening a VARCHAR keeps every row and index;
-- no foreign key names these columns (they all refer to surrogate ids).
ALTER TABLE company ALTER COLUMN code SET DATA TYPE VARCHAR(64);
ALTER TABLE audit_event ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE customer ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE customer ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE customer ALTER COLUMN customer_group SET DATA TYPE VARCHAR(64);
ALTER TABLE customer ALTER COLUMN region SET DATA TYPE VARCHAR(64);
ALTER TABLE ledger_transaction ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE ledger_transaction ALTER COLUMN document SET DATA TYPE VARCHAR(64);
ALTER TABLE ledger_transaction ALTER COLUMN applies_to SET DATA TYPE VARCHAR(64);
ALTER TABLE settlement ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE exchange_rate ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE import_run ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
