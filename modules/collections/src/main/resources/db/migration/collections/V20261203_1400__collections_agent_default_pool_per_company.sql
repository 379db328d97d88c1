-- An agent works pools in several companies, with a default pool in each (issue 19): the default pools
-- move from one column to a join table, at most one per company (the domain keeps that rule).
CREATE TABLE agent_default_pool (
    agent_id BIGINT NOT NULL,
    pool_id  BIGINT NOT NULL,
    CONSTRAINT pk_agent_default_pool PRIMARY KEY (agent_id, pool_id),
    CONSTRAINT fk_agent_default_agent FOREIGN KEY (agent_id) REFERENCES collection_agent (id),
    CONSTRAINT fk_agent_default_pool FOREIGN KEY (pool_id) REFERENCES collection_pool (id)
);
INSERT INTO agent_default_pool (agent_id, pool_id)
    SELECT id, default_pool_id FROM collection_agent WHERE default_pool_id IS NOT NULL;
ALTER TABLE collection_agent DROP COLUMN default_pool_id;
