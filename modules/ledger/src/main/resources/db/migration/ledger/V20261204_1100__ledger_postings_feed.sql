-- What goes back to the ERP (issue 20): every money movement made in Dunwell, numbered in the order readers
-- first see it committed (entry_no, per company, under the company row's lock), with a reconciliation key the
-- ERP's own document of the same movement may carry.
CREATE TABLE posting_entry (
    id                 BIGINT        NOT NULL,
    company_code       VARCHAR(64)   NOT NULL,
    entry_no           BIGINT,
    kind               VARCHAR(30)   NOT NULL,
    document           VARCHAR(64)   NOT NULL,
    related_document   VARCHAR(64),
    account            VARCHAR(64)   NOT NULL,
    currency           CHAR(3)       NOT NULL,
    amount             DECIMAL(19,4) NOT NULL,
    entry_date         DATE          NOT NULL,
    reconciliation_key VARCHAR(40)   NOT NULL,
    description        VARCHAR(500),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    CONSTRAINT pk_posting_entry PRIMARY KEY (id),
    CONSTRAINT uq_posting_entry_no UNIQUE (company_code, entry_no),
    CONSTRAINT uq_posting_entry_key UNIQUE (reconciliation_key)
);
CREATE INDEX ix_posting_entry_feed ON posting_entry (company_code, entry_no, id);

