-- Credit insurance cover asked of an insurer plugin (issue 23), with the insurer's latest decision and what it did to
-- the customer's credit insurance. version: bumped by each decision recorded, so two servers refreshing the same
-- request never both apply one.
CREATE TABLE insurance_cover_request (
    id                  BIGINT        NOT NULL,
    company_code        VARCHAR(64)   NOT NULL,
    account             VARCHAR(64)   NOT NULL,
    plugin_id           VARCHAR(64)   NOT NULL,
    requested_amount    DECIMAL(19, 4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    registration_number VARCHAR(64),
    country             CHAR(2)       NOT NULL,
    cover_reference     VARCHAR(100)  NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    insured_limit       DECIMAL(19, 4),
    limit_currency      CHAR(3),
    coverage_percent    DECIMAL(5, 2),
    valid_from          DATE,
    valid_to            DATE,
    conditions          VARCHAR(2000),
    outcome             VARCHAR(500)  NOT NULL,
    reason              VARCHAR(500)  NOT NULL,
    requested_by        VARCHAR(100)  NOT NULL,
    requested_at        TIMESTAMP     NOT NULL,
    decided_at          TIMESTAMP,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_insurance_cover_request PRIMARY KEY (id)
);
CREATE INDEX ix_cover_request_account ON insurance_cover_request (company_code, account, requested_at);
CREATE INDEX ix_cover_request_state ON insurance_cover_request (company_code, state, requested_at);
