-- Aging period definitions are data: named, ordered buckets by due or document date, in days
-- or months. buckets holds "name|from|to" entries separated by ";" (empty from/to: open).
CREATE TABLE aging_definition (
    id       BIGINT       NOT NULL,
    name     VARCHAR(40)  NOT NULL,
    basis    VARCHAR(20)  NOT NULL,
    age_unit VARCHAR(10)  NOT NULL,
    buckets  VARCHAR(2000) NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT pk_aging_definition PRIMARY KEY (id),
    CONSTRAINT uq_aging_definition UNIQUE (name)
);
INSERT INTO aging_definition (id, name, basis, age_unit, buckets, version)
VALUES (1, 'standard', 'DUE_DATE', 'DAYS', 'current||0;1-30|1|30;31-60|31|60;61-90|61|90;91-180|91|180;181+|181|', 1);

-- A collection pool is a saved filter over customers, evaluated when used (criteria columns:
-- null means any value). Agents are users assigned to pools.
CREATE TABLE collection_pool (
    id             BIGINT       NOT NULL,
    company_code   VARCHAR(10)  NOT NULL,
    name           VARCHAR(60)  NOT NULL,
    region         VARCHAR(40),
    customer_group VARCHAR(40),
    currency       CHAR(3),
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_collection_pool PRIMARY KEY (id),
    CONSTRAINT uq_collection_pool UNIQUE (company_code, name)
);

CREATE TABLE collection_agent (
    id              BIGINT       NOT NULL,
    user_name       VARCHAR(100) NOT NULL,
    default_pool_id BIGINT,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_collection_agent PRIMARY KEY (id),
    CONSTRAINT uq_collection_agent UNIQUE (user_name)
);

CREATE TABLE agent_pool (
    agent_id BIGINT NOT NULL,
    pool_id  BIGINT NOT NULL,
    CONSTRAINT pk_agent_pool PRIMARY KEY (agent_id, pool_id),
    CONSTRAINT fk_agent_pool_agent FOREIGN KEY (agent_id) REFERENCES collection_agent (id),
    CONSTRAINT fk_agent_pool_pool FOREIGN KEY (pool_id) REFERENCES collection_pool (id)
);
