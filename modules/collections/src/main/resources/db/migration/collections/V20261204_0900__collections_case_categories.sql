-- Case categories as reference data (issue 20): a category can keep the invoices of its open cases out of dunning.
CREATE TABLE case_category (
    id               BIGINT       NOT NULL,
    company_code     VARCHAR(64)  NOT NULL,
    code             VARCHAR(64)  NOT NULL,
    description      VARCHAR(200),
    excludes_dunning BOOLEAN      NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT pk_case_category PRIMARY KEY (id),
    CONSTRAINT uq_case_category UNIQUE (company_code, code)
);
CREATE INDEX ix_collection_case_category ON collection_case (company_code, category, status);
