-- Do not contact, hardship and pauses of customers or invoices (issue 19): every sender asks first.
CREATE TABLE contact_restriction (
    id          BIGINT       NOT NULL,
    company_code VARCHAR(64) NOT NULL,
    account     VARCHAR(64)  NOT NULL,
    document    VARCHAR(64),
    kind        VARCHAR(20)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_until DATE,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    lifted_by   VARCHAR(100),
    lifted_at   TIMESTAMP,
    lift_reason VARCHAR(500),
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_contact_restriction PRIMARY KEY (id),
    CONSTRAINT ck_contact_restriction CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX ix_contact_restriction_account ON contact_restriction (company_code, account, lifted_at);
