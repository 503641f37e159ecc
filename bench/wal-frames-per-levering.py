"""WAL frames (pages written) per aanleveren_aangebodenOpleiding, on a copy of a generated Keten SQLite database.

Replays the statements one delivery commits (bedrijfsdocument claim and answer, history row, rio_object upsert as an
insert, old verwijzingen out; since migration 0005 an offering's own aanbieder and location need no verwijzing row)
for 320 new offerings cloned from stored ones, 32 per transaction as
the group commit does, after 480 deliveries of warm-up, and counts how much the WAL grew. Extra arguments are SQL
statements run on the copy first, to compare index designs, e.g. the indexes before migration 0004:

  keten genereer landelijk --seed 42 --opleidingen 60000 --connection "Data Source=/tmp/landelijk.db"
  /usr/bin/python3 bench/wal-frames-per-levering.py /tmp/landelijk.db
  /usr/bin/python3 bench/wal-frames-per-levering.py /tmp/landelijk.db \
      "DROP INDEX rio_object_eigen_sleutel" \
      "CREATE INDEX rio_object_eigen_sleutel ON rio_object (soort, onderwijsbestuurcode, eigen_sleutel, sleutel)" \
      "DROP INDEX rio_object_adres" "CREATE INDEX rio_object_adres ON rio_object (soort, adres, sleutel)" \
      "CREATE INDEX rio_object_geregistreerd ON rio_object (soort, geregistreerd_op)"
"""
import collections
import os
import random
import shutil
import sqlite3
import struct
import sys
import tempfile
import uuid

PER_TRANSACTIE, OPWARMEN, METEN = 32, 15, 10
FRAME = 4096 + 24  # page size plus the WAL frame header


def main(bron, extra):
    werk = tempfile.mkdtemp()
    db = os.path.join(werk, "kopie.db")
    shutil.copy(bron, db)
    c = sqlite3.connect(db, isolation_level=None)
    c.execute("PRAGMA journal_mode = WAL")
    c.execute("PRAGMA wal_autocheckpoint = 0")
    c.execute("PRAGMA cache_size = -65536")
    for sql in extra:
        c.execute(sql)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rijen = c.execute("SELECT soort, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, geldig_van, geldig_tot, "
                      "onderwijslocatiecode, eigen_sleutel, adres, doorlopende_leerlijn FROM rio_object "
                      "WHERE soort = 'AangebodenOpleiding' ORDER BY random() LIMIT ?",
                      ((OPWARMEN + METEN) * PER_TRANSACTIE,)).fetchall()
    frames = lambda: os.path.getsize(db + "-wal") // FRAME if os.path.exists(db + "-wal") else 0

    def lever(deel):
        c.execute("BEGIN IMMEDIATE")
        for soort, bestuur, aanbieder, state, van, tot, locatie, eigen, adres, leerlijn in deel:
            sleutel, doc, nu = str(uuid.uuid4()), str(uuid.uuid4()), 639317603384454780 + random.randint(0, 10**9)
            c.execute("INSERT INTO bedrijfsdocument (id, operatie, antwoord_json, ontvangen_op, afzender_oin, digest) "
                      "VALUES (?, 'aanleveren_aangebodenOpleiding', '', ?, '00000001990000000001', ?)", (doc, nu, "x" * 64))
            c.execute("INSERT INTO rio_object_historie (soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, "
                      "nieuw, geregistreerd_op, bedrijfsdocument_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                      (soort, sleutel, bestuur, aanbieder, state, nu, doc))
            c.execute("INSERT INTO rio_object (soort, sleutel, onderwijsbestuurcode, onderwijsaanbiedercode, state_json, verwijderd, "
                      "geregistreerd_op, eerst_geregistreerd_op, geldig_van, geldig_tot, onderwijslocatiecode, eigen_sleutel, adres, "
                      "doorlopende_leerlijn) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (soort, sleutel, bestuur, aanbieder, state, nu, nu, van, tot, locatie, eigen, adres, leerlijn))
            c.execute("DELETE FROM verwijzing WHERE van_soort = ? AND van_sleutel = ?", (soort, sleutel))
            c.execute("UPDATE bedrijfsdocument SET antwoord_json = ? WHERE id = ?", ('{"requestGoedgekeurd":true,"foutmeldingen":[]}', doc))
        c.execute("COMMIT")

    for t in range(OPWARMEN + METEN):
        if t == OPWARMEN:
            voor = frames()
        lever(rijen[t * PER_TRANSACTIE:(t + 1) * PER_TRANSACTIE])
    print(f"WAL frames per levering: {(frames() - voor) / (METEN * PER_TRANSACTIE):.1f}")
    per_btree(c, db + "-wal", voor)
    c.close()
    shutil.rmtree(werk)


def per_btree(c, wal, vanaf):
    """Which table or index each measured frame belongs to (SQLite's dbstat), per delivery."""
    naam = {pagina: n for n, pagina in c.execute("SELECT name, pageno FROM dbstat")}
    tel = collections.Counter()
    with open(wal, "rb") as f:
        f.seek(32 + vanaf * FRAME)
        while len(kop := f.read(24)) == 24:
            tel[naam.get(struct.unpack(">I", kop[:4])[0], "?")] += 1
            f.seek(4096, 1)
    for n, k in tel.most_common():
        print(f"  {k / (METEN * PER_TRANSACTIE):5.2f} {n}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("gebruik: wal-frames-per-levering.py <keten.db> [SQL …]")
    main(sys.argv[1], sys.argv[2:])
