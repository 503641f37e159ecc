-- Keten schema, SQLite. Timestamps are INTEGER UTC ticks (100 ns since 0001-01-01), so they sort and
-- compare as numbers. Booleans are INTEGER 0/1. JSON is stored as the exact text the domain wrote.

-- Current state per object; deleted objects stay as tombstones (verwijderd = 1) for the change feeds.
-- eerst_geregistreerd_op is when the object (re)appeared: Nieuw = not verwijderd and it equals geregistreerd_op.
CREATE TABLE rio_object (
    soort                  TEXT    NOT NULL,
    sleutel                TEXT    NOT NULL,
    onderwijsbestuurcode   TEXT    NOT NULL,
    onderwijsaanbiedercode TEXT,
    state_json             TEXT,
    verwijderd             INTEGER NOT NULL,
    geregistreerd_op       INTEGER NOT NULL,
    eerst_geregistreerd_op INTEGER NOT NULL,
    PRIMARY KEY (soort, sleutel),
    CHECK (verwijderd OR state_json IS NOT NULL)
);
CREATE INDEX rio_object_bestuur ON rio_object (soort, onderwijsbestuurcode, sleutel);
CREATE INDEX rio_object_aanbieder ON rio_object (soort, onderwijsaanbiedercode, sleutel);
CREATE INDEX rio_object_geregistreerd ON rio_object (soort, geregistreerd_op);

-- Every accepted state, oldest first by id; a deletion has state_json NULL.
CREATE TABLE rio_object_historie (
    id                     INTEGER PRIMARY KEY,
    soort                  TEXT    NOT NULL,
    sleutel                TEXT    NOT NULL,
    onderwijsbestuurcode   TEXT    NOT NULL,
    onderwijsaanbiedercode TEXT,
    state_json             TEXT,
    nieuw                  INTEGER NOT NULL,
    geregistreerd_op       INTEGER NOT NULL,
    bedrijfsdocument_id    TEXT
);
CREATE INDEX rio_object_historie_object ON rio_object_historie (soort, sleutel, id);

-- Which object refers to which; replaced on every write of the "van" object, cleared on its deletion.
CREATE TABLE verwijzing (
    van_soort    TEXT NOT NULL,
    van_sleutel  TEXT NOT NULL,
    naar_soort   TEXT NOT NULL,
    naar_sleutel TEXT NOT NULL,
    PRIMARY KEY (van_soort, van_sleutel, naar_soort, naar_sleutel)
);
CREATE INDEX verwijzing_naar ON verwijzing (naar_soort, naar_sleutel);

-- One row per handled bedrijfsdocument: a repeat of the same id gets the same answer.
CREATE TABLE bedrijfsdocument (
    id            TEXT    NOT NULL PRIMARY KEY,
    operatie      TEXT    NOT NULL,
    antwoord_json TEXT    NOT NULL,
    ontvangen_op  INTEGER NOT NULL
);

-- Named number sequences (VolgendNummerAsync): the last number issued.
CREATE TABLE reeks (
    naam    TEXT    NOT NULL PRIMARY KEY,
    laatste INTEGER NOT NULL
);

-- DUO/OCW reference data items.
CREATE TABLE referentie (
    soort   TEXT NOT NULL,
    sleutel TEXT NOT NULL,
    json    TEXT NOT NULL,
    PRIMARY KEY (soort, sleutel)
);
