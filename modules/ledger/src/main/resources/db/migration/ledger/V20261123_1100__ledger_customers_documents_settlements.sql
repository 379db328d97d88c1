-- How a payment or credit note is applied when the customer names no invoice (domain.md §1):
-- STATUTORY (§366(2)/§367 BGB: due before not yet due, oldest first; fees and interest before
-- principal) or OLDEST_DUE_FIRST or OLDEST_DOCUMENT_FIRST.
ALTER TABLE company ADD COLUMN settlement_order VARCHAR(30) DEFAULT 'STATUTORY' NOT NULL;

CREATE TABLE customer (
    id                   BIGINT        NOT NULL,
    company_code         VARCHAR(10)   NOT NULL,
    account              VARCHAR(40)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    currency             CHAR(3)       NOT NULL,
    language             VARCHAR(10),
    customer_group       VARCHAR(40),
    region               VARCHAR(40),
    payment_terms_days   INTEGER,
    credit_limit         DECIMAL(19,4),
    email                VARCHAR(200),
    phone                VARCHAR(50),
    responsible_employee VARCHAR(100),
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT uq_customer_account UNIQUE (account, company_code)
);
CREATE INDEX ix_customer_region ON customer (company_code, region);
CREATE INDEX ix_customer_group ON customer (company_code, customer_group);

CREATE TABLE customer_contact (
    id                  BIGINT       NOT NULL,
    customer_id         BIGINT       NOT NULL,
    list_position       INTEGER      NOT NULL,
    name                VARCHAR(200) NOT NULL,
    contact_role        VARCHAR(60),
    email               VARCHAR(200),
    phone               VARCHAR(50),
    collections_contact BOOLEAN      NOT NULL,
    CONSTRAINT pk_customer_contact PRIMARY KEY (id),
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_contact_customer ON customer_contact (customer_id);

-- Invoices, credit notes, payments, fees and interest notes: immutable financial documents.
-- The unique keys lead with the document (and account) so that Derby probes them for IN lists.
-- amount is positive; open_amount is what is not settled yet (for a payment or credit note:
-- what is not applied yet). Debits (INVOICE, FEE, INTEREST) and credits (CREDIT_NOTE,
-- PAYMENT, WRITE_OFF) are told apart by kind.
CREATE TABLE ledger_transaction (
    id                BIGINT        NOT NULL,
    company_code      VARCHAR(10)   NOT NULL,
    document          VARCHAR(60)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    customer_id       BIGINT        NOT NULL,
    document_date     DATE          NOT NULL,
    due_date          DATE,
    currency          CHAR(3)       NOT NULL,
    amount            DECIMAL(19,4) NOT NULL,
    open_amount       DECIMAL(19,4) NOT NULL,
    reference         VARCHAR(100),
    customer_po       VARCHAR(100),
    description       VARCHAR(500),
    applies_to        VARCHAR(60),
    related_id        BIGINT,
    collection_status VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    reversed_on       DATE,
    reversal_reason   VARCHAR(500),
    source            VARCHAR(20)   NOT NULL,
    import_id         BIGINT,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_ledger_transaction PRIMARY KEY (id),
    CONSTRAINT uq_ledger_transaction_document UNIQUE (document, company_code),
    CONSTRAINT fk_transaction_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_transaction_amount CHECK (amount > 0),
    CONSTRAINT ck_transaction_open CHECK (open_amount >= 0 AND open_amount <= amount)
);
CREATE INDEX ix_transaction_customer ON ledger_transaction (customer_id, kind, document_date);

-- Which credit (payment, credit note) settles which debit (invoice, fee, interest), how much,
-- on which day; an undone settlement keeps its row and says when and why it was undone.
CREATE TABLE settlement (
    id           BIGINT        NOT NULL,
    company_code VARCHAR(10)   NOT NULL,
    customer_id  BIGINT        NOT NULL,
    debit_id     BIGINT        NOT NULL,
    credit_id    BIGINT        NOT NULL,
    amount       DECIMAL(19,4) NOT NULL,
    settled_on   DATE          NOT NULL,
    undone_on    DATE,
    undone_by    VARCHAR(100),
    undo_reason  VARCHAR(500),
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_settlement PRIMARY KEY (id),
    CONSTRAINT fk_settlement_debit FOREIGN KEY (debit_id) REFERENCES ledger_transaction (id),
    CONSTRAINT fk_settlement_credit FOREIGN KEY (credit_id) REFERENCES ledger_transaction (id),
    CONSTRAINT ck_settlement_amount CHECK (amount > 0)
);
CREATE INDEX ix_settlement_debit ON settlement (debit_id);
CREATE INDEX ix_settlement_credit ON settlement (credit_id);
CREATE INDEX ix_settlement_customer ON settlement (customer_id, settled_on);

-- 1 unit of currency = rate units of the company's accounting currency, from valid_from on.
CREATE TABLE exchange_rate (
    id           BIGINT        NOT NULL,
    company_code VARCHAR(10)   NOT NULL,
    currency     CHAR(3)       NOT NULL,
    valid_from   DATE          NOT NULL,
    rate         DECIMAL(19,8) NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_exchange_rate PRIMARY KEY (id),
    CONSTRAINT uq_exchange_rate UNIQUE (company_code, currency, valid_from),
    CONSTRAINT ck_exchange_rate CHECK (rate > 0)
);

-- One row per import run: who sent what, in which mode, and how it went.
CREATE TABLE import_run (
    id           BIGINT       NOT NULL,
    company_code VARCHAR(10),
    kind         VARCHAR(20)  NOT NULL,
    mode         VARCHAR(20)  NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    received     BIGINT       NOT NULL,
    applied      BIGINT       NOT NULL,
    unchanged    BIGINT       NOT NULL,
    rejected     BIGINT       NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    finished_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_import_run PRIMARY KEY (id)
);
