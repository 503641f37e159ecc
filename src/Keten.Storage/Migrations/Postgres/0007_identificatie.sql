-- The identificatieverzoek (docs/rod.md, "Persons"): a registered person is looked up by geboortedatum and zoeknaam
-- (voorvoegsel and achternaam, lower case, letters only), BSN persons included, so the index covers every person with data.
ALTER TABLE rod_persoon ADD COLUMN zoeknaam text COLLATE "C";
DROP INDEX rod_persoon_gegevens;
CREATE INDEX rod_persoon_zoek ON rod_persoon (geboortedatum, zoeknaam) WHERE zoeknaam IS NOT NULL;

-- Aanbieders whose leerroute pupils need their chain signals recomputed after a RIO change of an aangeboden opleiding
-- (written in the RIO change's own transaction, so none is lost; removed once every such pupil is recomputed, unless a
-- later change raised versie meanwhile).
CREATE TABLE rod_herberekening (
    onderwijsaanbiedercode text COLLATE "C" NOT NULL PRIMARY KEY,
    versie                 bigint NOT NULL,
    aangemeld_op           timestamptz NOT NULL
);
CREATE INDEX rod_periode_partner ON rod_periode (samenwerkende_aanbieder) WHERE leerroute IS NOT NULL;
