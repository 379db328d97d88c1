-- Scheduled work claimed once per job, company and business date across every server: the first server to
-- insert the row runs the job, the others find the key taken and skip it.
CREATE TABLE job_claim (
    job            VARCHAR(64)  NOT NULL,
    company_code   VARCHAR(64)  NOT NULL,
    business_date  DATE         NOT NULL,
    claimed_by     VARCHAR(128) NOT NULL,
    claimed_at     TIMESTAMP    NOT NULL,
    CONSTRAINT pk_job_claim PRIMARY KEY (job, company_code, business_date)
);
