-- Read side (ADR 0005): search columns on rio_object so the …VanOrganisatie queries, the rioIdentificatiecode
-- lookups and the leerroutes filter and page in SQL; history indexes for the change feeds; a version counter
-- for the reference data so running servers see a reload by another process.
-- Dates are INTEGER yyyymmdd (sortable, the same in both databases); geldig_tot is exclusive, NULL = open.

ALTER TABLE rio_object ADD COLUMN geldig_van INTEGER;
ALTER TABLE rio_object ADD COLUMN geldig_tot INTEGER;
ALTER TABLE rio_object ADD COLUMN onderwijslocatiecode TEXT;
ALTER TABLE rio_object ADD COLUMN eigen_sleutel TEXT;
ALTER TABLE rio_object ADD COLUMN adres TEXT;
ALTER TABLE rio_object ADD COLUMN doorlopende_leerlijn TEXT;

-- Backfill from the stored JSON (camelCase, dates as "yyyy-MM-dd"), as the handlers fill them (RioZoekvelden).
UPDATE rio_object SET
    geldig_van = CAST(replace(CASE soort
            WHEN 'Onderwijsaanbieder' THEN json_extract(state_json, '$.inBedrijfdatum')
            WHEN 'Onderwijslocatiegebruik' THEN json_extract(state_json, '$.inBedrijfdatum')
            WHEN 'Opleidingseenheid' THEN json_extract(state_json, '$.begindatum')
            WHEN 'AangebodenOpleiding' THEN json_extract(state_json, '$.begindatum') END, '-', '') AS INTEGER),
    geldig_tot = CAST(replace(CASE soort
            WHEN 'Onderwijsaanbieder' THEN json_extract(state_json, '$.uitBedrijfdatum')
            WHEN 'Onderwijslocatiegebruik' THEN json_extract(state_json, '$.uitBedrijfdatum')
            WHEN 'Opleidingseenheid' THEN json_extract(state_json, '$.einddatum')
            WHEN 'AangebodenOpleiding' THEN json_extract(state_json, '$.einddatum') END, '-', '') AS INTEGER),
    onderwijslocatiecode = CASE soort WHEN 'AangebodenOpleiding' THEN json_extract(state_json, '$.onderwijslocatiecode') END,
    eigen_sleutel = (SELECT json_extract(k.value, '$.waarde') FROM json_each(state_json, '$.kenmerken') k
        WHERE json_extract(k.value, '$.kenmerknaam') = CASE soort
            WHEN 'Onderwijsaanbieder' THEN 'eigenOnderwijsaanbiederSleutel'
            WHEN 'Opleidingseenheid' THEN 'eigenOpleidingseenheidSleutel'
            WHEN 'AangebodenOpleiding' THEN 'eigenAangebodenOpleidingSleutel' END
        LIMIT 1),
    adres = CASE WHEN soort = 'Onderwijslocatie' AND json_extract(state_json, '$.aanduidingAdres') IS NOT NULL THEN
        json_extract(state_json, '$.aanduidingAdres.postcode') || '|' || json_extract(state_json, '$.aanduidingAdres.huisnummer')
        || '|' || coalesce(json_extract(state_json, '$.aanduidingAdres.huisnummertoevoeging'), '') END,
    doorlopende_leerlijn = CASE soort WHEN 'AangebodenOpleiding' THEN
        (SELECT json_extract(k.value, '$.waarde') FROM json_each(state_json, '$.kenmerken') k
         WHERE json_extract(k.value, '$.kenmerknaam') = 'doorlopendeLeerlijnVmboMbo' LIMIT 1) END
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

-- Change feeds: the history rows of a board or aanbieder after a moment. Rows are numbered by the single
-- writer in commit order (id), so id is the feed position.
CREATE INDEX rio_object_historie_bestuur ON rio_object_historie (soort, onderwijsbestuurcode, geregistreerd_op);
CREATE INDEX rio_object_historie_aanbieder ON rio_object_historie (soort, onderwijsaanbiedercode, geregistreerd_op);
CREATE INDEX rio_object_historie_geregistreerd ON rio_object_historie (soort, geregistreerd_op);

-- Bumped by SaveReferentieAsync when anything changed; servers reload their reference data when it moved.
CREATE TABLE referentie_versie (
    id     INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    versie INTEGER NOT NULL
);
INSERT INTO referentie_versie (id, versie) VALUES (1, 1);
