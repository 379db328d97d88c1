-- Changes that raise what a customer may owe wait here for a second person (issue 19, decision 0026).
CREATE TABLE credit_change_request (
    id              BIGINT        NOT NULL,
    company_code    VARCHAR(64)   NOT NULL,
    subject         VARCHAR(20)   NOT NULL,
    subject_key     VARCHAR(64)   NOT NULL,
    change_action   VARCHAR(10)   NOT NULL,
    changes         VARCHAR(4000) NOT NULL,
    subject_version BIGINT,
    reason          VARCHAR(500)  NOT NULL,
    approver_level  VARCHAR(20)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP,
    decision_note   VARCHAR(500),
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_credit_change_request PRIMARY KEY (id)
);
CREATE INDEX ix_credit_change_status ON credit_change_request (company_code, status);
