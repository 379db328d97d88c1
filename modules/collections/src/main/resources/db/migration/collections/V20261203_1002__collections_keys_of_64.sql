-- Keys of up to 64 characters (api-contract.md, "Limits on input"): company codes, accounts, documents,
-- pool and definition names, master-data codes, case categories and reason codes. No foreign key names
-- these columns.
ALTER TABLE aging_definition ALTER COLUMN name SET DATA TYPE VARCHAR(64);
ALTER TABLE collection_pool ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE collection_pool ALTER COLUMN name SET DATA TYPE VARCHAR(64);
ALTER TABLE aging_snapshot ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE aging_snapshot ALTER COLUMN definition SET DATA TYPE VARCHAR(64);
ALTER TABLE aging_snapshot ALTER COLUMN pool_name SET DATA TYPE VARCHAR(64);
ALTER TABLE aging_snapshot_row ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE aging_snapshot_row ALTER COLUMN region SET DATA TYPE VARCHAR(64);
ALTER TABLE aging_snapshot_row ALTER COLUMN customer_group SET DATA TYPE VARCHAR(64);
ALTER TABLE collection_case ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE collection_case ALTER COLUMN category SET DATA TYPE VARCHAR(64);
ALTER TABLE case_transaction ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE case_transaction ALTER COLUMN document SET DATA TYPE VARCHAR(64);
ALTER TABLE collection_activity ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE collection_activity ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE activity_transaction ALTER COLUMN document SET DATA TYPE VARCHAR(64);
ALTER TABLE customer_note ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE customer_note ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE collections_setting ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE payment_promise ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE payment_promise ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE promise_invoice ALTER COLUMN document SET DATA TYPE VARCHAR(64);
ALTER TABLE dispute ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE dispute ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE dispute ALTER COLUMN document SET DATA TYPE VARCHAR(64);
ALTER TABLE dispute ALTER COLUMN reason_code SET DATA TYPE VARCHAR(64);
ALTER TABLE dispute ALTER COLUMN credit_note SET DATA TYPE VARCHAR(64);
ALTER TABLE write_off ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE write_off ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE write_off ALTER COLUMN document SET DATA TYPE VARCHAR(64);
ALTER TABLE write_off ALTER COLUMN reason_code SET DATA TYPE VARCHAR(64);
ALTER TABLE write_off ALTER COLUMN posted_document SET DATA TYPE VARCHAR(64);
