-- An approved order counts as an open order until the ERP's figures include it or a company's number of
-- days pass (issue 19): the business date of a check, the day the ERP reported the order, and the days.
ALTER TABLE credit_order_check ADD COLUMN checked_on DATE;
ALTER TABLE credit_order_check ADD COLUMN erp_reported_on DATE;
CREATE INDEX ix_order_check_open ON credit_order_check (company_code, account, erp_reported_on);
ALTER TABLE credit_settings ADD COLUMN approved_order_days INTEGER DEFAULT 30 NOT NULL;
