-- Collections work on what is not disputed: a snapshot row keeps the balance less its disputed
-- amounts (accounting currency), and the workspace's top list ranks by it. Rows of snapshots
-- taken before keep their whole balance there (they did not store it apart).
ALTER TABLE aging_snapshot_row ADD COLUMN collectible_balance DECIMAL(19,4);
UPDATE aging_snapshot_row SET collectible_balance = accounting_balance;
CREATE INDEX ix_snapshot_row_collectible ON aging_snapshot_row (snapshot_id, collectible_balance DESC, account);
