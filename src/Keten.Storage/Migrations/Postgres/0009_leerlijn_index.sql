-- The aangeboden opleidingen with a doorlopendeLeerlijnVmboMbo kenmerk (a few per aanbieder): every enrolment on a
-- leerroute reads them (IRodTransactie.LeerlijnOpleidingenAsync). Without this index SQLite read every aangeboden
-- opleiding of the nation to find them (60,000 rows, 35 ms, per enrolment or per bulk chunk).
CREATE INDEX rio_object_leerlijn ON rio_object (soort, onderwijsaanbiedercode) WHERE doorlopende_leerlijn IS NOT NULL;
