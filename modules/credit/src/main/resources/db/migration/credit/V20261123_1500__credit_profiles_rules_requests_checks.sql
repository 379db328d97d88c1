-- Credit management (domain.md §2). Customers are named by (account, company_code), the
-- ledger's natural key: the credit module reads the ledger only through its API.

-- A customer's credit settings; a customer without a row has the defaults (limit type BALANCE,
-- not mandatory, no group, no hold, not scored) and the limit it was created with.
CREATE TABLE credit_profile (
    id               BIGINT        NOT NULL,
    company_code     VARCHAR(10)   NOT NULL,
    account          VARCHAR(40)   NOT NULL,
    limit_type       VARCHAR(40)   NOT NULL,
    mandatory_limit  BOOLEAN       NOT NULL,
    limit_group      VARCHAR(60),
    limit_expires_on DATE,
    hold_reason      VARCHAR(40),
    hold_note        VARCHAR(500),
    packing_slips    DECIMAL(19,4) NOT NULL,
    open_orders      DECIMAL(19,4) NOT NULL,
    erp_figures_on   DATE,
    bureau_score     INTEGER,
    risk_score       INTEGER,
    risk_group       VARCHAR(5),
    risk_scored_on   DATE,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_credit_profile PRIMARY KEY (id),
    CONSTRAINT uq_credit_profile_account UNIQUE (account, company_code),
    CONSTRAINT ck_credit_profile_erp CHECK (packing_slips >= 0 AND open_orders >= 0)
);
CREATE INDEX ix_credit_profile_group ON credit_profile (company_code, limit_group);

-- Several customers sharing one limit and one exposure.
CREATE TABLE credit_limit_group (
    id           BIGINT        NOT NULL,
    company_code VARCHAR(10)   NOT NULL,
    name         VARCHAR(60)   NOT NULL,
    currency     CHAR(3)       NOT NULL,
    credit_limit DECIMAL(19,4) NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_credit_limit_group PRIMARY KEY (id),
    CONSTRAINT uq_credit_limit_group UNIQUE (name, company_code),
    CONSTRAINT ck_credit_limit_group CHECK (credit_limit >= 0)
);

CREATE TABLE credit_insurance (
    id               BIGINT        NOT NULL,
    company_code     VARCHAR(10)   NOT NULL,
    account          VARCHAR(40)   NOT NULL,
    insurer          VARCHAR(100)  NOT NULL,
    policy           VARCHAR(60)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    insured_limit    DECIMAL(19,4) NOT NULL,
    coverage_percent DECIMAL(5,2)  NOT NULL,
    valid_from       DATE          NOT NULL,
    valid_to         DATE          NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_credit_insurance PRIMARY KEY (id),
    CONSTRAINT uq_credit_insurance_account UNIQUE (account, company_code),
    CONSTRAINT ck_credit_insurance CHECK (insured_limit >= 0 AND coverage_percent > 0
        AND coverage_percent <= 100 AND valid_to >= valid_from)
);

-- Per company: the approval threshold (accounting currency) and the scorecard.
CREATE TABLE credit_settings (
    id                  BIGINT        NOT NULL,
    company_code        VARCHAR(10)   NOT NULL,
    approval_threshold  DECIMAL(19,4) NOT NULL,
    payment_weight      INTEGER       NOT NULL,
    exposure_weight     INTEGER       NOT NULL,
    relationship_weight INTEGER       NOT NULL,
    overdue_weight      INTEGER       NOT NULL,
    bureau_weight       INTEGER       NOT NULL,
    band_a              INTEGER       NOT NULL,
    band_b              INTEGER       NOT NULL,
    band_c              INTEGER       NOT NULL,
    band_d              INTEGER       NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_credit_settings PRIMARY KEY (id),
    CONSTRAINT uq_credit_settings_company UNIQUE (company_code)
);

CREATE TABLE credit_rule (
    id           BIGINT        NOT NULL,
    company_code VARCHAR(10)   NOT NULL,
    rule_type    VARCHAR(30)   NOT NULL,
    threshold    DECIMAL(19,4),
    risk_groups  VARCHAR(100),
    result       VARCHAR(20)   NOT NULL,
    active       BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_credit_rule PRIMARY KEY (id)
);
CREATE INDEX ix_credit_rule_company ON credit_rule (company_code);

CREATE TABLE credit_limit_request (
    id              BIGINT        NOT NULL,
    company_code    VARCHAR(10)   NOT NULL,
    account         VARCHAR(40)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    requested_limit DECIMAL(19,4) NOT NULL,
    previous_limit  DECIMAL(19,4),
    temporary_limit BOOLEAN       NOT NULL,
    effective_from  DATE          NOT NULL,
    effective_to    DATE,
    reason          VARCHAR(500)  NOT NULL,
    approver_level  VARCHAR(20)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP,
    decision_note   VARCHAR(500),
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_credit_limit_request PRIMARY KEY (id),
    CONSTRAINT ck_credit_limit_request CHECK (requested_limit >= 0
        AND (effective_to IS NULL OR effective_to >= effective_from))
);
CREATE INDEX ix_limit_request_account ON credit_limit_request (account, company_code, status);
CREATE INDEX ix_limit_request_status ON credit_limit_request (company_code, status);

-- The last credit check of each order; REVIEW and BLOCKED ones are the credit hold list.
CREATE TABLE credit_order_check (
    id              BIGINT        NOT NULL,
    company_code    VARCHAR(10)   NOT NULL,
    order_reference VARCHAR(60)   NOT NULL,
    account         VARCHAR(40)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    amount          DECIMAL(19,4) NOT NULL,
    decision        VARCHAR(20)   NOT NULL,
    exposure        DECIMAL(19,4) NOT NULL,
    credit_limit    DECIMAL(19,4),
    available       DECIMAL(19,4),
    hold_status     VARCHAR(20)   NOT NULL,
    checked_by      VARCHAR(100)  NOT NULL,
    checked_at      TIMESTAMP     NOT NULL,
    checks          INTEGER       NOT NULL,
    resolved_by     VARCHAR(100),
    resolved_at     TIMESTAMP,
    resolution_note VARCHAR(500),
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_credit_order_check PRIMARY KEY (id),
    CONSTRAINT uq_credit_order_check UNIQUE (order_reference, company_code)
);
CREATE INDEX ix_order_check_hold ON credit_order_check (company_code, hold_status);

CREATE TABLE credit_order_check_reason (
    check_id      BIGINT        NOT NULL,
    list_position INTEGER       NOT NULL,
    rule_type     VARCHAR(30)   NOT NULL,
    result        VARCHAR(20)   NOT NULL,
    detail        VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_credit_order_check_reason PRIMARY KEY (check_id, list_position),
    CONSTRAINT fk_order_check_reason FOREIGN KEY (check_id) REFERENCES credit_order_check (id)
);
