-- Keys of up to 64 characters (api-contract.md, "Limits on input"): company codes, accounts, order
-- references, limit groups, policies and hold reasons. No foreign key names these columns.
ALTER TABLE credit_profile ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_profile ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_profile ALTER COLUMN limit_group SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_profile ALTER COLUMN hold_reason SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_limit_group ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_limit_group ALTER COLUMN name SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_insurance ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_insurance ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_insurance ALTER COLUMN policy SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_settings ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_rule ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_limit_request ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_limit_request ALTER COLUMN account SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_order_check ALTER COLUMN company_code SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_order_check ALTER COLUMN order_reference SET DATA TYPE VARCHAR(64);
ALTER TABLE credit_order_check ALTER COLUMN account SET DATA TYPE VARCHAR(64);
