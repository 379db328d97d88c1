-- Aging definitions as a resource (issue 19): revisions, so that a change of a definition a snapshot aged by
-- makes the next revision and the snapshot keeps its buckets.
ALTER TABLE aging_definition ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE aging_definition DROP CONSTRAINT uq_aging_definition;
ALTER TABLE aging_definition ADD CONSTRAINT uq_aging_definition_revision UNIQUE (name, revision);
ALTER TABLE aging_snapshot ADD COLUMN definition_revision INTEGER DEFAULT 1 NOT NULL;
