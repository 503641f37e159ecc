-- Write path (docs/benchmarks.md): every delivery inserts a row into every index of rio_object, and each index
-- insert with a random key dirties a page of its own, which the commit writes to the WAL. Indexes that most rows
-- have no entry for become partial, and one no query needs goes.
-- eigen_sleutel and adres are set on few objects; a lookup by them (= @value) implies IS NOT NULL, so both
-- databases use the partial index for it.
DROP INDEX rio_object_eigen_sleutel;
CREATE INDEX rio_object_eigen_sleutel ON rio_object (soort, onderwijsbestuurcode, eigen_sleutel, sleutel) WHERE eigen_sleutel IS NOT NULL;
DROP INDEX rio_object_adres;
CREATE INDEX rio_object_adres ON rio_object (soort, adres, sleutel) WHERE adres IS NOT NULL;
-- Only a list of all of a kind changed after a moment, across every board, used it; the change feeds read the
-- history's own indexes, and lists per board or aanbieder their own.
DROP INDEX rio_object_geregistreerd;
