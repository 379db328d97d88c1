-- Disputed debits are few: snapshots and the workspace read them through this index, in customer
-- order, instead of summing twelve more aggregates over every open item.
CREATE INDEX ix_transaction_collection_status ON ledger_transaction (collection_status, customer_id);
