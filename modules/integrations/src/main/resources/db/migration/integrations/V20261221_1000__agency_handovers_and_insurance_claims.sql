-- Collection cases handed to an agency through its plugin (issue 23): the invoices at hand-over, the approval above
-- the company's threshold, the agency's reference and status, and the sums recovered and charged. version: bumped by
-- each change, so two servers never both apply one step. letter_id: the letter of the last dunning level that
-- handed the customer over (null: a user did).
CREATE TABLE agency_handover (
    id               BIGINT         NOT NULL,
    company_code     VARCHAR(64)    NOT NULL,
    case_id          BIGINT         NOT NULL,
    letter_id        BIGINT,
    account          VARCHAR(64)    NOT NULL,
    plugin_id        VARCHAR(64)    NOT NULL,
    amount           DECIMAL(19, 4) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    state            VARCHAR(20)    NOT NULL,
    approval_needed  VARCHAR(20),
    reason           VARCHAR(500)   NOT NULL,
    requested_by     VARCHAR(100)   NOT NULL,
    requested_at     TIMESTAMP      NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP,
    decision_note    VARCHAR(500),
    agency_reference VARCHAR(100),
    agency_status    VARCHAR(64),
    recovered        DECIMAL(19, 4) NOT NULL,
    fees             DECIMAL(19, 4) NOT NULL,
    last_error       VARCHAR(500),
    handed_over_at   TIMESTAMP,
    closed_at        TIMESTAMP,
    version          BIGINT         NOT NULL,
    CONSTRAINT pk_agency_handover PRIMARY KEY (id),
    -- a letter of the last dunning level hands its customer over once, however many servers run the round
    CONSTRAINT uq_agency_handover_letter UNIQUE (company_code, letter_id)
);
CREATE INDEX ix_agency_handover_account ON agency_handover (company_code, account, requested_at);
CREATE INDEX ix_agency_handover_case ON agency_handover (company_code, case_id);
CREATE INDEX ix_agency_handover_state ON agency_handover (company_code, plugin_id, state, requested_at);
CREATE INDEX ix_agency_handover_reference ON agency_handover (company_code, plugin_id, agency_reference);

CREATE TABLE agency_handover_invoice (
    handover_id BIGINT      NOT NULL,
    list_position INT       NOT NULL,
    document    VARCHAR(64) NOT NULL,
    CONSTRAINT pk_agency_handover_invoice PRIMARY KEY (handover_id, list_position),
    CONSTRAINT fk_agency_handover_invoice FOREIGN KEY (handover_id) REFERENCES agency_handover (id)
);

-- Every update an agency sent, kept once per (company, plugin, kind, the agency's id of it): a recovery the agency
-- reports twice is booked once. handover_id is null for an update about no hand-over known here.
CREATE TABLE agency_update (
    id           BIGINT         NOT NULL,
    company_code VARCHAR(64)    NOT NULL,
    plugin_id    VARCHAR(64)    NOT NULL,
    kind         VARCHAR(10)    NOT NULL,
    update_id    VARCHAR(100)   NOT NULL,
    handover_id  BIGINT,
    agency_reference VARCHAR(100) NOT NULL,
    status       VARCHAR(64),
    amount       DECIMAL(19, 4),
    currency     CHAR(3),
    document     VARCHAR(64),
    note         VARCHAR(500),
    received_at  TIMESTAMP      NOT NULL,
    CONSTRAINT pk_agency_update PRIMARY KEY (id),
    CONSTRAINT uq_agency_update UNIQUE (company_code, plugin_id, kind, update_id)
);
CREATE INDEX ix_agency_update_handover ON agency_update (handover_id, received_at);
CREATE INDEX ix_agency_update_unmatched ON agency_update (company_code, handover_id, received_at);

-- Where each company's polling of each agency stands (the agency's own cursor).
CREATE TABLE agency_cursor (
    company_code VARCHAR(64)  NOT NULL,
    plugin_id    VARCHAR(64)  NOT NULL,
    cursor_value VARCHAR(500),
    updated_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_agency_cursor PRIMARY KEY (company_code, plugin_id)
);

-- An insurer's pushed decision names the cover by its reference.
CREATE INDEX ix_cover_request_reference ON insurance_cover_request (company_code, plugin_id, cover_reference);

-- Overdue invoices notified to a customer's insurer (kind NOTICE) and claims filed with it (CLAIM). claim_number:
-- ours, the same on every attempt (the insurer keeps one claim per number); insurer_reference: the insurer's.
-- version: bumped by each change, so two refreshes never both apply one.
CREATE TABLE insurance_claim (
    id                BIGINT         NOT NULL,
    company_code      VARCHAR(64)    NOT NULL,
    account           VARCHAR(64)    NOT NULL,
    plugin_id         VARCHAR(64)    NOT NULL,
    cover_reference   VARCHAR(100)   NOT NULL,
    kind              VARCHAR(10)    NOT NULL,
    claim_number      VARCHAR(64)    NOT NULL,
    insurer_reference VARCHAR(100),
    state             VARCHAR(20)    NOT NULL,
    amount            DECIMAL(19, 4) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    settled_amount    DECIMAL(19, 4),
    note              VARCHAR(500),
    reason            VARCHAR(500)   NOT NULL,
    requested_by      VARCHAR(100)   NOT NULL,
    requested_at      TIMESTAMP      NOT NULL,
    decided_at        TIMESTAMP,
    last_error        VARCHAR(500),
    version           BIGINT         NOT NULL,
    CONSTRAINT pk_insurance_claim PRIMARY KEY (id)
);
CREATE INDEX ix_insurance_claim_account ON insurance_claim (company_code, account, requested_at);
CREATE INDEX ix_insurance_claim_reference ON insurance_claim (company_code, plugin_id, insurer_reference);

CREATE TABLE insurance_claim_invoice (
    claim_id      BIGINT      NOT NULL,
    list_position INT         NOT NULL,
    document      VARCHAR(64) NOT NULL,
    CONSTRAINT pk_insurance_claim_invoice PRIMARY KEY (claim_id, list_position),
    CONSTRAINT fk_insurance_claim_invoice FOREIGN KEY (claim_id) REFERENCES insurance_claim (id)
);
