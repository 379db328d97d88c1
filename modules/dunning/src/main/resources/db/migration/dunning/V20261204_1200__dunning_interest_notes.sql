-- Interest notes (issue 20): interest on a customer's overdue invoices as of a date, posted, waived (within the
-- user's limit, above it through approval), reinstated or reversed, each step in its history.
CREATE TABLE interest_note (
    id             BIGINT        NOT NULL,
    company_code   VARCHAR(64)   NOT NULL,
    account        VARCHAR(64)   NOT NULL,
    currency       CHAR(3)       NOT NULL,
    interest_code  VARCHAR(64)   NOT NULL,
    as_of          DATE          NOT NULL,
    amount         DECIMAL(19,4) NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    reinstated     INTEGER       NOT NULL,
    waiver_level   VARCHAR(20),
    waiver_requested_by VARCHAR(100),
    waiver_reason  VARCHAR(500),
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMP,
    decision_note  VARCHAR(500),
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_interest_note PRIMARY KEY (id)
);
CREATE INDEX ix_interest_note_account ON interest_note (company_code, account);

CREATE TABLE interest_note_line (
    note_id        BIGINT        NOT NULL,
    document       VARCHAR(64)   NOT NULL,
    period_from    DATE          NOT NULL,
    period_to      DATE          NOT NULL,
    days           INTEGER       NOT NULL,
    balance        DECIMAL(19,4) NOT NULL,
    amount         DECIMAL(19,4) NOT NULL,
    charge_document VARCHAR(64),
    CONSTRAINT pk_interest_note_line PRIMARY KEY (note_id, document)
);

-- How much interest a user may waive on one note without a second person (none: every waiver is approved).
CREATE TABLE interest_waive_limit (
    company_code   VARCHAR(64)   NOT NULL,
    user_name      VARCHAR(100)  NOT NULL,
    limit_amount   DECIMAL(19,4) NOT NULL,
    CONSTRAINT pk_interest_waive_limit PRIMARY KEY (company_code, user_name)
);
