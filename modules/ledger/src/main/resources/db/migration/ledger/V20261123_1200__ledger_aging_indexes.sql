-- Aging as of a past date corrects today's open amounts by the settlements made or undone
-- after that date: these indexes find them without scanning every settlement.
CREATE INDEX ix_settlement_settled_on ON settlement (settled_on);
CREATE INDEX ix_settlement_undone_on ON settlement (undone_on);
