-- Plugins per company (issue 23): whether each plugin is enabled in a company, and the version a change names;
-- its settings and secrets one row each (kind S: a setting in clear, K: a secret sealed with AES-GCM, never in clear).
CREATE TABLE plugin_configuration (
    company_code  VARCHAR(64)   NOT NULL,
    plugin_id     VARCHAR(64)   NOT NULL,
    enabled       SMALLINT      NOT NULL,
    version       BIGINT        NOT NULL,
    changed_by    VARCHAR(100)  NOT NULL,
    changed_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_plugin_configuration PRIMARY KEY (company_code, plugin_id)
);
CREATE TABLE plugin_setting (
    company_code  VARCHAR(64)   NOT NULL,
    plugin_id     VARCHAR(64)   NOT NULL,
    kind          CHAR(1)       NOT NULL,
    name          VARCHAR(64)   NOT NULL,
    setting_value VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_plugin_setting PRIMARY KEY (company_code, plugin_id, kind, name),
    CONSTRAINT fk_plugin_setting FOREIGN KEY (company_code, plugin_id)
        REFERENCES plugin_configuration (company_code, plugin_id)
);
-- Credit bureau reports: what the bureau said and what it led to (the score change, the limit request proposed).
CREATE TABLE bureau_report (
    id                  BIGINT        NOT NULL,
    company_code        VARCHAR(64)   NOT NULL,
    account             VARCHAR(64)   NOT NULL,
    plugin_id           VARCHAR(64)   NOT NULL,
    registration_number VARCHAR(64),
    country             CHAR(2)       NOT NULL,
    known_to_bureau     SMALLINT      NOT NULL,
    report_reference    VARCHAR(100),
    report_date         DATE,
    bureau_company_id   VARCHAR(100),
    company_name        VARCHAR(300),
    score               INTEGER,
    bureau_score        VARCHAR(40),
    rating              VARCHAR(40),
    recommended_limit   DECIMAL(19, 4),
    limit_currency      CHAR(3),
    score_change        VARCHAR(20)   NOT NULL,
    credit_change_id    BIGINT,
    limit_request_id    BIGINT,
    limit_proposal      VARCHAR(500),
    requested_by        VARCHAR(100)  NOT NULL,
    requested_at        TIMESTAMP     NOT NULL,
    CONSTRAINT pk_bureau_report PRIMARY KEY (id)
);
CREATE INDEX ix_bureau_report_account ON bureau_report (company_code, account, requested_at);
