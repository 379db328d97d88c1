-- The workspace's top lists read a snapshot's rows ordered by balance (or most-aged balance) and
-- then account: the indexes carry the account too, so the database walks the index for the first
-- 100 rows instead of sorting the whole snapshot (Derby sorted 100 000 rows for every call).
DROP INDEX ix_snapshot_row_balance;
DROP INDEX ix_snapshot_row_aged;
CREATE INDEX ix_snapshot_row_balance ON aging_snapshot_row (snapshot_id, accounting_balance DESC, account);
CREATE INDEX ix_snapshot_row_aged ON aging_snapshot_row (snapshot_id, most_aged_bucket DESC, most_aged_amount DESC,
    account);
