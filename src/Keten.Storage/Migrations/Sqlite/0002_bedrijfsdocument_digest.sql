-- A bedrijfsdocument id means one message: who sent it and a SHA-256 digest (hex) of its canonical content
-- (operation, sender OIN, the domain input as RioJson). NULL in rows recorded before this migration.
ALTER TABLE bedrijfsdocument ADD COLUMN afzender_oin TEXT;
ALTER TABLE bedrijfsdocument ADD COLUMN digest TEXT;
