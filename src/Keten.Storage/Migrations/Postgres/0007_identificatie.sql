-- The identificatieverzoek (docs/rod.md, "Persons"): a registered person is looked up by geboortedatum and zoeknaam
-- (voorvoegsel and achternaam, lower case, letters only), BSN persons included, so the index covers every person with data.
ALTER TABLE rod_persoon ADD COLUMN zoeknaam text COLLATE "C";
DROP INDEX rod_persoon_gegevens;
CREATE INDEX rod_persoon_zoek ON rod_persoon (geboortedatum, zoeknaam) WHERE zoeknaam IS NOT NULL;
