-- Write path (docs/decisions/0008-references-held-by-columns.md): an aangeboden opleiding's reference to its own
-- onderwijsaanbieder and onderwijslocatie is held by rio_object's columns, so its verwijzing rows go; readers of
-- referrers find those offerings through the columns' indexes.
DELETE FROM verwijzing
WHERE van_soort = 'AangebodenOpleiding'
  AND EXISTS (SELECT 1 FROM rio_object o
              WHERE o.soort = verwijzing.van_soort AND o.sleutel = verwijzing.van_sleutel
                AND ((verwijzing.naar_soort = 'Onderwijsaanbieder' AND verwijzing.naar_sleutel = o.onderwijsaanbiedercode)
                  OR (verwijzing.naar_soort = 'Onderwijslocatie' AND verwijzing.naar_sleutel = o.onderwijslocatiecode)));
-- Offerings at a location: by location first, so the same index answers "who refers to this location" and
-- "offerings of an aanbieder at a location" (equality on soort, location and aanbieder, then sleutel order).
DROP INDEX rio_object_aanbieder_locatie;
CREATE INDEX rio_object_locatie ON rio_object (soort, onderwijslocatiecode, onderwijsaanbiedercode, sleutel) WHERE onderwijslocatiecode IS NOT NULL;
