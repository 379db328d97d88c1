-- Dunning (issue 20): collection letter sequences and their levels, which sequence a customer follows,
-- letter runs (a proposal reviewed and posted), letters, each invoice's level, interest charged and the outbox.

CREATE TABLE letter_sequence (
    id            BIGINT       NOT NULL,
    company_code  VARCHAR(64)  NOT NULL,
    code          VARCHAR(64)  NOT NULL,
    description   VARCHAR(200),
    letter_scope  VARCHAR(20)  NOT NULL,
    escalation    VARCHAR(30)  NOT NULL,
    company_default BOOLEAN    NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_letter_sequence PRIMARY KEY (id),
    CONSTRAINT uq_letter_sequence UNIQUE (company_code, code)
);

CREATE TABLE letter_level (
    id            BIGINT       NOT NULL,
    sequence_id   BIGINT       NOT NULL,
    level_no      INTEGER      NOT NULL,
    days          INTEGER      NOT NULL,
    block_customer BOOLEAN     NOT NULL,
    agency_handover BOOLEAN    NOT NULL,
    interest_code VARCHAR(64),
    CONSTRAINT pk_letter_level PRIMARY KEY (id),
    CONSTRAINT uq_letter_level UNIQUE (sequence_id, level_no),
    CONSTRAINT fk_letter_level_sequence FOREIGN KEY (sequence_id) REFERENCES letter_sequence (id)
);

-- Per currency: the fee a letter of the level charges and the overdue amount it needs at least.
CREATE TABLE letter_level_amount (
    level_id      BIGINT        NOT NULL,
    currency      CHAR(3)       NOT NULL,
    fee           DECIMAL(19,4) NOT NULL,
    minimum_overdue DECIMAL(19,4) NOT NULL,
    CONSTRAINT pk_letter_level_amount PRIMARY KEY (level_id, currency),
    CONSTRAINT fk_letter_level_amount FOREIGN KEY (level_id) REFERENCES letter_level (id)
);

-- Per language: the letter's subject and the paragraph the template puts above the invoices.
CREATE TABLE letter_level_text (
    level_id      BIGINT        NOT NULL,
    language      VARCHAR(8)    NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_letter_level_text PRIMARY KEY (level_id, language),
    CONSTRAINT fk_letter_level_text FOREIGN KEY (level_id) REFERENCES letter_level (id)
);

-- Customer groups that follow a sequence (a customer's own assignment wins, then its group's, then the default).
CREATE TABLE letter_sequence_group (
    sequence_id    BIGINT      NOT NULL,
    customer_group VARCHAR(64) NOT NULL,
    CONSTRAINT pk_letter_sequence_group PRIMARY KEY (sequence_id, customer_group),
    CONSTRAINT fk_letter_sequence_group FOREIGN KEY (sequence_id) REFERENCES letter_sequence (id)
);

CREATE TABLE letter_sequence_customer (
    id            BIGINT       NOT NULL,
    company_code  VARCHAR(64)  NOT NULL,
    account       VARCHAR(64)  NOT NULL,
    sequence_code VARCHAR(64)  NOT NULL,
    assigned_by   VARCHAR(100) NOT NULL,
    assigned_at   TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_letter_sequence_customer PRIMARY KEY (id),
    CONSTRAINT uq_letter_sequence_customer UNIQUE (company_code, account)
);

CREATE TABLE letter_run (
    id            BIGINT       NOT NULL,
    company_code  VARCHAR(64)  NOT NULL,
    as_of         DATE         NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    execution_id  BIGINT,
    lines         INTEGER      NOT NULL,
    letters       INTEGER      NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    proposed_at   TIMESTAMP,
    posted_by     VARCHAR(100),
    posted_at     TIMESTAMP,
    note          VARCHAR(500),
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_letter_run PRIMARY KEY (id)
);

-- One line per letter to be (customer, or invoice for per-invoice sequences), or per customer left out.
CREATE TABLE letter_run_line (
    id            BIGINT        NOT NULL,
    run_id        BIGINT        NOT NULL,
    line_no       INTEGER       NOT NULL,
    account       VARCHAR(64)   NOT NULL,
    customer_name VARCHAR(200),
    currency      CHAR(3)       NOT NULL,
    sequence_code VARCHAR(64),
    escalation    VARCHAR(30),
    level_no      INTEGER,
    language      VARCHAR(8),
    language_note VARCHAR(200),
    contact       VARCHAR(200),
    email         VARCHAR(254),
    overdue       DECIMAL(19,4) NOT NULL,
    fee           DECIMAL(19,4) NOT NULL,
    interest      DECIMAL(19,4) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    letter_id     BIGINT,
    edited_by     VARCHAR(100),
    edit_reason   VARCHAR(500),
    CONSTRAINT pk_letter_run_line PRIMARY KEY (id),
    CONSTRAINT uq_letter_run_line UNIQUE (run_id, line_no)
);
CREATE INDEX ix_letter_run_line_account ON letter_run_line (run_id, account);

-- The invoices of a line: included (excluded_because null) or left out with the reason.
CREATE TABLE letter_run_invoice (
    line_id       BIGINT        NOT NULL,
    document      VARCHAR(64)   NOT NULL,
    due_date      DATE          NOT NULL,
    days_overdue  INTEGER       NOT NULL,
    open_amount   DECIMAL(19,4) NOT NULL,
    level_before  INTEGER       NOT NULL,
    interest      DECIMAL(19,4) NOT NULL,
    interest_from DATE,
    excluded_because VARCHAR(200),
    CONSTRAINT pk_letter_run_invoice PRIMARY KEY (line_id, document)
);

CREATE TABLE dunning_letter (
    id            BIGINT        NOT NULL,
    company_code  VARCHAR(64)   NOT NULL,
    number_text   VARCHAR(64)   NOT NULL,
    run_id        BIGINT        NOT NULL,
    line_id       BIGINT        NOT NULL,
    account       VARCHAR(64)   NOT NULL,
    customer_name VARCHAR(200),
    sequence_code VARCHAR(64)   NOT NULL,
    level_no      INTEGER       NOT NULL,
    letter_date   DATE          NOT NULL,
    language      VARCHAR(8)    NOT NULL,
    contact       VARCHAR(200),
    email         VARCHAR(254),
    currency      CHAR(3)       NOT NULL,
    overdue       DECIMAL(19,4) NOT NULL,
    fee           DECIMAL(19,4) NOT NULL,
    interest      DECIMAL(19,4) NOT NULL,
    fee_document  VARCHAR(64),
    subject       VARCHAR(200)  NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    blocked       BOOLEAN       NOT NULL,
    handover      BOOLEAN       NOT NULL,
    printed       INTEGER       NOT NULL,
    hold_released_at TIMESTAMP,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_dunning_letter PRIMARY KEY (id),
    CONSTRAINT uq_dunning_letter_line UNIQUE (line_id),
    CONSTRAINT uq_dunning_letter_number UNIQUE (company_code, number_text)
);
CREATE INDEX ix_dunning_letter_account ON dunning_letter (company_code, account, letter_date);

CREATE TABLE dunning_letter_invoice (
    letter_id     BIGINT        NOT NULL,
    document      VARCHAR(64)   NOT NULL,
    document_date DATE          NOT NULL,
    due_date      DATE          NOT NULL,
    days_overdue  INTEGER       NOT NULL,
    open_amount   DECIMAL(19,4) NOT NULL,
    interest      DECIMAL(19,4) NOT NULL,
    interest_document VARCHAR(64),
    CONSTRAINT pk_dunning_letter_invoice PRIMARY KEY (letter_id, document)
);

-- Each invoice's levels: one row per level reached, never two for the same level (what makes posting idempotent).
CREATE TABLE dunning_invoice_level (
    company_code  VARCHAR(64)  NOT NULL,
    document      VARCHAR(64)  NOT NULL,
    level_no      INTEGER      NOT NULL,
    account       VARCHAR(64)  NOT NULL,
    letter_id     BIGINT       NOT NULL,
    letter_date   DATE         NOT NULL,
    CONSTRAINT pk_dunning_invoice_level PRIMARY KEY (company_code, document, level_no)
);
CREATE INDEX ix_dunning_invoice_level_account ON dunning_invoice_level (company_code, account);

-- Interest charged on an invoice, period by period: a period is charged once.
CREATE TABLE dunning_interest_charged (
    company_code  VARCHAR(64)   NOT NULL,
    document      VARCHAR(64)   NOT NULL,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    account       VARCHAR(64)   NOT NULL,
    amount        DECIMAL(19,4) NOT NULL,
    charge_document VARCHAR(64) NOT NULL,
    CONSTRAINT pk_dunning_interest_charged PRIMARY KEY (company_code, document, period_from)
);
CREATE INDEX ix_dunning_interest_charged_account ON dunning_interest_charged (company_code, account);

-- Emails to send: written in the transaction of the letter, delivered by the sender exactly once.
CREATE TABLE dunning_outbox (
    id            BIGINT        NOT NULL,
    company_code  VARCHAR(64)   NOT NULL,
    account       VARCHAR(64)   NOT NULL,
    letter_id     BIGINT,
    kind          VARCHAR(20)   NOT NULL,
    recipient     VARCHAR(254)  NOT NULL,
    language      VARCHAR(8)    NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    attempts      INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP   NOT NULL,
    claimed_by    VARCHAR(100),
    claimed_until TIMESTAMP,
    last_error    VARCHAR(500),
    message_id    VARCHAR(200),
    sent_at       TIMESTAMP,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_dunning_outbox PRIMARY KEY (id)
);
CREATE INDEX ix_dunning_outbox_company ON dunning_outbox (company_code, status, id);
CREATE INDEX ix_dunning_outbox_due ON dunning_outbox (status, next_attempt_at);

CREATE TABLE interest_code (
    id            BIGINT        NOT NULL,
    company_code  VARCHAR(64)   NOT NULL,
    code          VARCHAR(64)   NOT NULL,
    description   VARCHAR(200),
    day_basis     VARCHAR(20)   NOT NULL,
    calculation   VARCHAR(30)   NOT NULL,
    minimum_interest DECIMAL(19,4) NOT NULL,
    on_fees       BOOLEAN       NOT NULL,
    on_interest   BOOLEAN       NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_interest_code PRIMARY KEY (id),
    CONSTRAINT uq_interest_code UNIQUE (company_code, code)
);

-- Yearly rates in percent, by date range and by amount range (an open end is null).
CREATE TABLE interest_rate (
    code_id       BIGINT        NOT NULL,
    valid_from    DATE          NOT NULL,
    valid_to      DATE,
    amount_from   DECIMAL(19,4) NOT NULL,
    amount_to     DECIMAL(19,4),
    rate_percent  DECIMAL(9,4)  NOT NULL,
    CONSTRAINT pk_interest_rate PRIMARY KEY (code_id, valid_from, amount_from),
    CONSTRAINT fk_interest_rate_code FOREIGN KEY (code_id) REFERENCES interest_code (id)
);
