-- Pools, complete: a pool's saved filter is a list of conditions (field, operator, value) over
-- customer master data and computed figures. The first cut's region / group / currency columns
-- become conditions.
CREATE TABLE collection_pool_condition (
    pool_id         BIGINT       NOT NULL,
    seq             INTEGER      NOT NULL,
    field           VARCHAR(60)  NOT NULL,
    operator_symbol VARCHAR(4)   NOT NULL,
    condition_value VARCHAR(500) NOT NULL,
    CONSTRAINT pk_collection_pool_condition PRIMARY KEY (pool_id, seq),
    CONSTRAINT fk_pool_condition_pool FOREIGN KEY (pool_id) REFERENCES collection_pool (id)
);
INSERT INTO collection_pool_condition (pool_id, seq, field, operator_symbol, condition_value)
    SELECT id, 0, 'region', '=', region FROM collection_pool WHERE region IS NOT NULL;
INSERT INTO collection_pool_condition (pool_id, seq, field, operator_symbol, condition_value)
    SELECT id, 1, 'group', '=', customer_group FROM collection_pool WHERE customer_group IS NOT NULL;
INSERT INTO collection_pool_condition (pool_id, seq, field, operator_symbol, condition_value)
    SELECT id, 2, 'currency', '=', currency FROM collection_pool WHERE currency IS NOT NULL;
ALTER TABLE collection_pool DROP COLUMN region;
ALTER TABLE collection_pool DROP COLUMN customer_group;
ALTER TABLE collection_pool DROP COLUMN currency;

-- Aging snapshots: one run per as-of date, definition and (optional) pool, written page by page
-- by the aging-snapshots batch job; a row per customer with up to eight buckets.
CREATE TABLE aging_snapshot (
    id            BIGINT       NOT NULL,
    company_code  VARCHAR(10)  NOT NULL,
    as_of         DATE         NOT NULL,
    definition    VARCHAR(40)  NOT NULL,
    bucket_names  VARCHAR(500) NOT NULL,
    pool_name     VARCHAR(60),
    status        VARCHAR(20)  NOT NULL,
    execution_id  BIGINT,
    customers     INTEGER      NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    completed_at  TIMESTAMP,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_aging_snapshot PRIMARY KEY (id)
);
CREATE INDEX ix_aging_snapshot_company ON aging_snapshot (company_code, status, as_of);

CREATE TABLE aging_snapshot_row (
    snapshot_id         BIGINT        NOT NULL,
    account             VARCHAR(40)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    currency            CHAR(3)       NOT NULL,
    region              VARCHAR(40),
    customer_group      VARCHAR(40),
    responsible         VARCHAR(100),
    balance             DECIMAL(19,4) NOT NULL,
    accounting_balance  DECIMAL(19,4),
    b1 DECIMAL(19,4) NOT NULL, b2 DECIMAL(19,4), b3 DECIMAL(19,4), b4 DECIMAL(19,4),
    b5 DECIMAL(19,4), b6 DECIMAL(19,4), b7 DECIMAL(19,4), b8 DECIMAL(19,4),
    d1 DECIMAL(19,4) NOT NULL, d2 DECIMAL(19,4), d3 DECIMAL(19,4), d4 DECIMAL(19,4),
    d5 DECIMAL(19,4), d6 DECIMAL(19,4), d7 DECIMAL(19,4), d8 DECIMAL(19,4),
    n1 INTEGER NOT NULL, n2 INTEGER, n3 INTEGER, n4 INTEGER, n5 INTEGER, n6 INTEGER, n7 INTEGER, n8 INTEGER,
    oldest_overdue_days INTEGER       NOT NULL,
    credit_limit        DECIMAL(19,4),
    available_credit    DECIMAL(19,4),
    over_limit          SMALLINT      NOT NULL,
    risk_score          INTEGER,
    risk_group          VARCHAR(10),
    on_hold             SMALLINT      NOT NULL,
    most_aged_bucket    INTEGER       NOT NULL,
    most_aged_amount    DECIMAL(19,4),
    CONSTRAINT pk_aging_snapshot_row PRIMARY KEY (snapshot_id, account),
    CONSTRAINT fk_snapshot_row_snapshot FOREIGN KEY (snapshot_id) REFERENCES aging_snapshot (id)
);
CREATE INDEX ix_snapshot_row_balance ON aging_snapshot_row (snapshot_id, accounting_balance DESC);
CREATE INDEX ix_snapshot_row_aged ON aging_snapshot_row (snapshot_id, most_aged_bucket DESC, most_aged_amount DESC);

-- Collection cases: an envelope of transactions of one or more customers, with an append-only log.
CREATE TABLE collection_case (
    id           BIGINT        NOT NULL,
    company_code VARCHAR(10)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    category     VARCHAR(40)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    owner_name   VARCHAR(100)  NOT NULL,
    description  VARCHAR(2000),
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    closed_at    TIMESTAMP,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_collection_case PRIMARY KEY (id)
);
CREATE INDEX ix_case_company ON collection_case (company_code, status);

CREATE TABLE case_transaction (
    case_id   BIGINT      NOT NULL,
    account   VARCHAR(40) NOT NULL,
    document  VARCHAR(60) NOT NULL,
    CONSTRAINT pk_case_transaction PRIMARY KEY (case_id, document),
    CONSTRAINT fk_case_transaction_case FOREIGN KEY (case_id) REFERENCES collection_case (id)
);
CREATE INDEX ix_case_transaction_account ON case_transaction (account);

CREATE TABLE case_log_entry (
    id          BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    log_action  VARCHAR(40)   NOT NULL,
    detail      VARCHAR(2000),
    CONSTRAINT pk_case_log_entry PRIMARY KEY (id),
    CONSTRAINT fk_case_log_case FOREIGN KEY (case_id) REFERENCES collection_case (id)
);
CREATE INDEX ix_case_log_case ON case_log_entry (case_id, occurred_at);

-- Activities: call, email, letter, meeting, task; a follow-up names the activity it follows.
CREATE TABLE collection_activity (
    id           BIGINT        NOT NULL,
    company_code VARCHAR(10)   NOT NULL,
    account      VARCHAR(40)   NOT NULL,
    activity_type VARCHAR(20)  NOT NULL,
    purpose      VARCHAR(200)  NOT NULL,
    notes        VARCHAR(4000),
    responsible  VARCHAR(100)  NOT NULL,
    starts_at    TIMESTAMP     NOT NULL,
    ends_at      TIMESTAMP     NOT NULL,
    reminder_on  DATE,
    status       VARCHAR(20)   NOT NULL,
    case_id      BIGINT,
    follows_id   BIGINT,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    closed_by    VARCHAR(100),
    closed_at    TIMESTAMP,
    close_note   VARCHAR(2000),
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_collection_activity PRIMARY KEY (id),
    CONSTRAINT fk_activity_case FOREIGN KEY (case_id) REFERENCES collection_case (id),
    CONSTRAINT fk_activity_follows FOREIGN KEY (follows_id) REFERENCES collection_activity (id)
);
CREATE INDEX ix_activity_responsible ON collection_activity (responsible, status, ends_at);
CREATE INDEX ix_activity_customer ON collection_activity (company_code, account, created_at);

CREATE TABLE activity_transaction (
    activity_id BIGINT      NOT NULL,
    document    VARCHAR(60) NOT NULL,
    CONSTRAINT pk_activity_transaction PRIMARY KEY (activity_id, document),
    CONSTRAINT fk_activity_transaction FOREIGN KEY (activity_id) REFERENCES collection_activity (id)
);

-- Notes on a customer (the timeline shows them with activities, documents and letters).
CREATE TABLE customer_note (
    id           BIGINT        NOT NULL,
    company_code VARCHAR(10)   NOT NULL,
    account      VARCHAR(40)   NOT NULL,
    note_text    VARCHAR(4000) NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_customer_note PRIMARY KEY (id)
);
CREATE INDEX ix_customer_note ON customer_note (company_code, account, created_at);
