-- Keten schema, PostgreSQL. Timestamps are timestamptz (microseconds, UTC). Key and code columns use the
-- "C" collation so ORDER BY sleutel is byte order, as in SQLite, whatever the database's locale.
-- JSON is stored as text: the exact text the domain wrote comes back.

-- Current state per object; deleted objects stay as tombstones (verwijderd) for the change feeds.
-- eerst_geregistreerd_op is when the object (re)appeared: Nieuw = not verwijderd and it equals geregistreerd_op.
CREATE TABLE rio_object (
    soort                  text COLLATE "C" NOT NULL,
    sleutel                text COLLATE "C" NOT NULL,
    onderwijsbestuurcode   text COLLATE "C" NOT NULL,
    onderwijsaanbiedercode text COLLATE "C",
    state_json             text,
    verwijderd             boolean     NOT NULL,
    geregistreerd_op       timestamptz NOT NULL,
    eerst_geregistreerd_op timestamptz NOT NULL,
    PRIMARY KEY (soort, sleutel),
    CHECK (verwijderd OR state_json IS NOT NULL)
);
CREATE INDEX rio_object_bestuur ON rio_object (soort, onderwijsbestuurcode, sleutel);
CREATE INDEX rio_object_aanbieder ON rio_object (soort, onderwijsaanbiedercode, sleutel);
CREATE INDEX rio_object_geregistreerd ON rio_object (soort, geregistreerd_op);

-- Every accepted state, oldest first by id; a deletion has state_json NULL.
CREATE TABLE rio_object_historie (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    soort                  text COLLATE "C" NOT NULL,
    sleutel                text COLLATE "C" NOT NULL,
    onderwijsbestuurcode   text COLLATE "C" NOT NULL,
    onderwijsaanbiedercode text COLLATE "C",
    state_json             text,
    nieuw                  boolean     NOT NULL,
    geregistreerd_op       timestamptz NOT NULL,
    bedrijfsdocument_id    text
);
CREATE INDEX rio_object_historie_object ON rio_object_historie (soort, sleutel, id);

-- Which object refers to which; replaced on every write of the "van" object, cleared on its deletion.
CREATE TABLE verwijzing (
    van_soort    text COLLATE "C" NOT NULL,
    van_sleutel  text COLLATE "C" NOT NULL,
    naar_soort   text COLLATE "C" NOT NULL,
    naar_sleutel text COLLATE "C" NOT NULL,
    PRIMARY KEY (van_soort, van_sleutel, naar_soort, naar_sleutel)
);
CREATE INDEX verwijzing_naar ON verwijzing (naar_soort, naar_sleutel);

-- One row per handled bedrijfsdocument: a repeat of the same id gets the same answer.
CREATE TABLE bedrijfsdocument (
    id            text        NOT NULL PRIMARY KEY,
    operatie      text        NOT NULL,
    antwoord_json text        NOT NULL,
    ontvangen_op  timestamptz NOT NULL
);

-- Named number sequences (VolgendNummerAsync): the last number issued.
CREATE TABLE reeks (
    naam    text   NOT NULL PRIMARY KEY,
    laatste bigint NOT NULL
);

-- DUO/OCW reference data items.
CREATE TABLE referentie (
    soort   text COLLATE "C" NOT NULL,
    sleutel text COLLATE "C" NOT NULL,
    json    text NOT NULL,
    PRIMARY KEY (soort, sleutel)
);
