-- Reminder drafts (issue 21): the text as generated and as edited, the facts it was written from, who wrote it
-- (model or template, provider, model, prompt version), the verifier's finding, who edited and approved it, what the
-- approver acknowledged, and the outbox message that sends it.
CREATE TABLE ai_draft (
    id               BIGINT        NOT NULL,
    company_code     VARCHAR(64)   NOT NULL,
    account          VARCHAR(64)   NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    fallback_reason  VARCHAR(1000),
    provider         VARCHAR(40),
    model            VARCHAR(100),
    prompt_version   VARCHAR(40)   NOT NULL,
    as_of            DATE          NOT NULL,
    recipient        VARCHAR(254),
    generated_subject VARCHAR(300) NOT NULL,
    generated_body   ${text_type}  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             ${text_type}  NOT NULL,
    verification     ${text_type}  NOT NULL,
    facts            ${text_type}  NOT NULL,
    acknowledged     ${text_type},
    outbox_id        BIGINT,
    discard_reason   VARCHAR(500),
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    edited_by        VARCHAR(100),
    edited_at        TIMESTAMP,
    approved_by      VARCHAR(100),
    approved_at      TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_ai_draft PRIMARY KEY (id)
);
CREATE INDEX ix_ai_draft_account ON ai_draft (company_code, account, created_at);
