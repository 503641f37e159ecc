-- Read side (ADR 0005): search columns on rio_object so the …VanOrganisatie queries, the rioIdentificatiecode
-- lookups and the leerroutes filter and page in SQL; a commit-order key and indexes for the change feeds; a
-- version counter for the reference data so running servers see a reload by another process.
-- Dates are integer yyyymmdd (sortable, the same in both databases); geldig_tot is exclusive, NULL = open.

ALTER TABLE rio_object
    ADD COLUMN geldig_van integer,
    ADD COLUMN geldig_tot integer,
    ADD COLUMN onderwijslocatiecode text COLLATE "C",
    ADD COLUMN eigen_sleutel text COLLATE "C",
    ADD COLUMN adres text COLLATE "C",
    ADD COLUMN doorlopende_leerlijn text COLLATE "C";

-- Backfill from the stored JSON (camelCase, dates as "yyyy-MM-dd"), as the handlers fill them (RioZoekvelden).
UPDATE rio_object SET
    geldig_van = replace(CASE soort
            WHEN 'Onderwijsaanbieder' THEN state_json::json ->> 'inBedrijfdatum'
            WHEN 'Onderwijslocatiegebruik' THEN state_json::json ->> 'inBedrijfdatum'
            WHEN 'Opleidingseenheid' THEN state_json::json ->> 'begindatum'
            WHEN 'AangebodenOpleiding' THEN state_json::json ->> 'begindatum' END, '-', '')::integer,
    geldig_tot = replace(CASE soort
            WHEN 'Onderwijsaanbieder' THEN state_json::json ->> 'uitBedrijfdatum'
            WHEN 'Onderwijslocatiegebruik' THEN state_json::json ->> 'uitBedrijfdatum'
            WHEN 'Opleidingseenheid' THEN state_json::json ->> 'einddatum'
            WHEN 'AangebodenOpleiding' THEN state_json::json ->> 'einddatum' END, '-', '')::integer,
    onderwijslocatiecode = CASE soort WHEN 'AangebodenOpleiding' THEN state_json::json ->> 'onderwijslocatiecode' END,
    eigen_sleutel = CASE WHEN soort IN ('Onderwijsaanbieder', 'Opleidingseenheid', 'AangebodenOpleiding') THEN
        (SELECT k ->> 'waarde' FROM json_array_elements(state_json::json -> 'kenmerken') k
         WHERE k ->> 'kenmerknaam' = CASE soort
            WHEN 'Onderwijsaanbieder' THEN 'eigenOnderwijsaanbiederSleutel'
            WHEN 'Opleidingseenheid' THEN 'eigenOpleidingseenheidSleutel'
            ELSE 'eigenAangebodenOpleidingSleutel' END
         LIMIT 1) END,
    adres = CASE WHEN soort = 'Onderwijslocatie' AND json_typeof(state_json::json -> 'aanduidingAdres') = 'object' THEN
        (state_json::json -> 'aanduidingAdres' ->> 'postcode') || '|' || (state_json::json -> 'aanduidingAdres' ->> 'huisnummer')
        || '|' || coalesce(state_json::json -> 'aanduidingAdres' ->> 'huisnummertoevoeging', '') END,
    doorlopende_leerlijn = CASE soort WHEN 'AangebodenOpleiding' THEN
        (SELECT k ->> 'waarde' FROM json_array_elements(state_json::json -> 'kenmerken') k
         WHERE k ->> 'kenmerknaam' = 'doorlopendeLeerlijnVmboMbo' LIMIT 1) END
WHERE state_json IS NOT NULL;

CREATE INDEX rio_object_aanbieder_locatie ON rio_object (soort, onderwijsaanbiedercode, onderwijslocatiecode, sleutel);
-- Ending in sleutel, so "the lowest sleutel that matches" is the first index entry (without it SQLite walks the
-- primary key in sleutel order instead).
CREATE INDEX rio_object_eigen_sleutel ON rio_object (soort, onderwijsbestuurcode, eigen_sleutel, sleutel);
CREATE INDEX rio_object_adres ON rio_object (soort, adres, sleutel);
-- Leerroutes go from a board's aanbieders to who refers to them: covering, so no table row is read (SQLite
-- otherwise prefers scanning the primary key by van_soort). Replaces verwijzing_naar, its prefix.
CREATE INDEX verwijzing_naar_van ON verwijzing (naar_soort, naar_sleutel, van_soort, van_sleutel);
DROP INDEX verwijzing_naar;

-- Change feeds. The identity id is taken before commit, so a transaction can commit after a later id was read:
-- every history row records its (top-level) transaction id, the feed orders by (xid, id) and serves only rows
-- of transactions below the oldest one still running (pg_snapshot_xmin). Existing rows get the xid of this
-- migration, so they keep their id order and all come before anything written later.
ALTER TABLE rio_object_historie ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX rio_object_historie_bestuur ON rio_object_historie (soort, onderwijsbestuurcode, geregistreerd_op);
CREATE INDEX rio_object_historie_aanbieder ON rio_object_historie (soort, onderwijsaanbiedercode, geregistreerd_op);
CREATE INDEX rio_object_historie_geregistreerd ON rio_object_historie (soort, geregistreerd_op);

-- Bumped by SaveReferentieAsync when anything changed; servers reload their reference data when it moved.
CREATE TABLE referentie_versie (
    id     integer NOT NULL PRIMARY KEY CHECK (id = 1),
    versie bigint  NOT NULL
);
INSERT INTO referentie_versie (id, versie) VALUES (1, 1);
