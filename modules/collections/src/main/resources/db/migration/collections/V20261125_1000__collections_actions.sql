-- Collection actions: payment promises, disputes, write-off requests, and a company's
-- collections settings (grace days of promises).
CREATE TABLE collections_setting (
    company_code       VARCHAR(10)  NOT NULL,
    promise_grace_days INTEGER      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_collections_setting PRIMARY KEY (company_code),
    CONSTRAINT ck_setting_grace CHECK (promise_grace_days >= 0)
);

-- A customer's promise to pay an amount by a date for some of its invoices. OPEN until the
-- daily evaluation finds it KEPT (the amount received by the date + grace days) or BROKEN.
CREATE TABLE payment_promise (
    id             BIGINT        NOT NULL,
    company_code   VARCHAR(10)   NOT NULL,
    account        VARCHAR(40)   NOT NULL,
    currency       CHAR(3)       NOT NULL,
    amount         DECIMAL(19,4) NOT NULL,
    promised_on    DATE          NOT NULL,
    grace_days     INTEGER       NOT NULL,
    made_on        DATE          NOT NULL,
    contact        VARCHAR(200),
    agent          VARCHAR(100)  NOT NULL,
    notes          VARCHAR(2000),
    status         VARCHAR(20)   NOT NULL,
    received       DECIMAL(19,4),
    evaluated_on   DATE,
    escalation_id  BIGINT,
    closed_reason  VARCHAR(500),
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_payment_promise PRIMARY KEY (id),
    CONSTRAINT ck_promise_amount CHECK (amount > 0)
);
CREATE INDEX ix_promise_due ON payment_promise (company_code, status, promised_on);
CREATE INDEX ix_promise_customer ON payment_promise (company_code, account);
CREATE INDEX ix_promise_agent ON payment_promise (company_code, agent);

CREATE TABLE promise_invoice (
    promise_id BIGINT      NOT NULL,
    document   VARCHAR(60) NOT NULL,
    CONSTRAINT pk_promise_invoice PRIMARY KEY (promise_id, document),
    CONSTRAINT fk_promise_invoice FOREIGN KEY (promise_id) REFERENCES payment_promise (id)
);
CREATE INDEX ix_promise_invoice_document ON promise_invoice (document);

-- A customer's dispute of (part of) an invoice, OPEN until RESOLVED, CREDIT_ISSUED or
-- CUSTOMER_WITHDREW.
CREATE TABLE dispute (
    id                BIGINT        NOT NULL,
    company_code      VARCHAR(10)   NOT NULL,
    account           VARCHAR(40)   NOT NULL,
    document          VARCHAR(60)   NOT NULL,
    currency          CHAR(3)       NOT NULL,
    amount            DECIMAL(19,4) NOT NULL,
    lines_text        VARCHAR(500),
    reason_code       VARCHAR(40)   NOT NULL,
    explanation       VARCHAR(4000),
    investigator      VARCHAR(100),
    status            VARCHAR(20)   NOT NULL,
    resolution_amount DECIMAL(19,4),
    credit_note       VARCHAR(60),
    resolution_note   VARCHAR(2000),
    resolved_by       VARCHAR(100),
    resolved_at       TIMESTAMP,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_dispute PRIMARY KEY (id),
    CONSTRAINT ck_dispute_amount CHECK (amount > 0)
);
CREATE INDEX ix_dispute_document ON dispute (company_code, document, status);
CREATE INDEX ix_dispute_customer ON dispute (company_code, account);

-- A request to write off (part of) an invoice's open amount, decided once by someone other
-- than the requester whose level covers the amount.
CREATE TABLE write_off (
    id              BIGINT        NOT NULL,
    company_code    VARCHAR(10)   NOT NULL,
    account         VARCHAR(40)   NOT NULL,
    document        VARCHAR(60)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    amount          DECIMAL(19,4) NOT NULL,
    reason_code     VARCHAR(40)   NOT NULL,
    note            VARCHAR(2000),
    approver_level  VARCHAR(20)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    posted_document VARCHAR(60),
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP,
    decision_note   VARCHAR(2000),
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_write_off PRIMARY KEY (id),
    CONSTRAINT ck_write_off_amount CHECK (amount > 0)
);
CREATE INDEX ix_write_off_company ON write_off (company_code, status);
CREATE INDEX ix_write_off_customer ON write_off (company_code, account);
