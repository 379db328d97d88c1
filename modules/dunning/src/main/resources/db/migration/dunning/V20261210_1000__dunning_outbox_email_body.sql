-- An email without a letter (a reminder an agent approved, issue 21) carries its own text.
ALTER TABLE dunning_outbox ADD COLUMN body ${text_type};
