-- Contacts as the ERP sends them (api-contract.md, contacts import): a purpose (COLLECTIONS,
-- BILLING, CREDIT, OTHER), a primary flag (one primary contact per purpose and customer, kept by
-- the application) and a language; the key is company + account + name. Letters and reminders go
-- to the primary COLLECTIONS contact, else the first COLLECTIONS contact by name, else the
-- customer's email, in that contact's language, else the customer's, else the company's: so a
-- company has a language too.
ALTER TABLE company ADD COLUMN language VARCHAR(10) DEFAULT 'en' NOT NULL;

ALTER TABLE customer_contact ADD COLUMN purpose VARCHAR(12) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE customer_contact ADD COLUMN is_primary BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE customer_contact ADD COLUMN language VARCHAR(10);
UPDATE customer_contact SET purpose = 'COLLECTIONS' WHERE collections_contact = TRUE;
ALTER TABLE customer_contact DROP COLUMN collections_contact;
CREATE UNIQUE INDEX ux_contact_name ON customer_contact (customer_id, name);
