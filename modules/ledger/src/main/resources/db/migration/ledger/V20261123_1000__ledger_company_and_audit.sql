-- One sequence hands out every surrogate key in blocks of 50, so that EclipseLink can
-- batch inserts (IDENTITY columns defeat batch writing).
CREATE SEQUENCE dw_id_seq AS BIGINT START WITH 1000 INCREMENT BY 50;

-- A legal entity: every record of the ledger belongs to one.
CREATE TABLE company (
    id                  BIGINT       NOT NULL,
    code                VARCHAR(10)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    accounting_currency CHAR(3)      NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_company PRIMARY KEY (id),
    CONSTRAINT uq_company_code UNIQUE (code)
);

-- Who changed what, when and why: one row per changed field (or one per action).
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL,
    company_code VARCHAR(10)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_key  VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    field_name   VARCHAR(60),
    old_value    VARCHAR(1000),
    new_value    VARCHAR(1000),
    reason       VARCHAR(1000),
    actor        VARCHAR(100)  NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_subject ON audit_event (company_code, subject_type, subject_key, occurred_at);
