-- Login (docs/toegang.md, "Login in the server"), SQLite: as the PostgreSQL script, with timestamps as INTEGER ticks.
-- AuthnRequest IDs sent and not yet answered; a row is deleted when its answer is accepted (answered once).
CREATE TABLE saml_uitstaand_verzoek (
    id         text NOT NULL PRIMARY KEY,
    geldig_tot INTEGER NOT NULL
);
CREATE INDEX saml_uitstaand_verzoek_geldig_tot ON saml_uitstaand_verzoek (geldig_tot);

-- Response and assertion IDs and artifacts already accepted, kept until bewaren_tot against replay.
CREATE TABLE saml_replay (
    id          text NOT NULL PRIMARY KEY,
    bewaren_tot INTEGER NOT NULL
);
CREATE INDEX saml_replay_bewaren_tot ON saml_replay (bewaren_tot);

-- The RelayState of a login: an opaque key for the local address to return to, taken once.
CREATE TABLE toegang_terugkeer (
    sleutel    text NOT NULL PRIMARY KEY,
    adres      text NOT NULL,
    geldig_tot INTEGER NOT NULL
);
CREATE INDEX toegang_terugkeer_geldig_tot ON toegang_terugkeer (geldig_tot);
