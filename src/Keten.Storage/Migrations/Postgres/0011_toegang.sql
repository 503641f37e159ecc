-- Toegang (issue 7 points 4 and 5): a board's staff, their authorisations per function and aanbieder, the eHerkenning
-- identities linked to them, the DUO tokens they still use (secret encrypted, ADR 0018) and one-time koppelcodes.
CREATE TABLE medewerker (
    id                   text COLLATE "C" PRIMARY KEY,
    onderwijsbestuurcode text COLLATE "C" NOT NULL,
    naam                 text COLLATE "C" NOT NULL,
    referentiesleutel    text COLLATE "C" UNIQUE,
    aangemaakt_op        timestamptz NOT NULL
);
CREATE INDEX medewerker_bestuur ON medewerker (onderwijsbestuurcode, naam);

-- onderwijsaanbiedercode '' = all aanbieders of the board.
CREATE TABLE medewerker_autorisatie (
    medewerker_id          text COLLATE "C" NOT NULL REFERENCES medewerker (id),
    functie                text COLLATE "C" NOT NULL,
    onderwijsaanbiedercode text COLLATE "C" NOT NULL,
    PRIMARY KEY (medewerker_id, functie, onderwijsaanbiedercode)
);

-- identiteit: the eHerkenning identity key (domain.md rule 33) as text; one medewerker per identity.
CREATE TABLE medewerker_identiteit (
    identiteit    text COLLATE "C" PRIMARY KEY,
    medewerker_id text COLLATE "C" NOT NULL REFERENCES medewerker (id),
    gekoppeld_op  timestamptz NOT NULL
);
CREATE INDEX medewerker_identiteit_medewerker ON medewerker_identiteit (medewerker_id);

-- geheim: the TOTP secret encrypted with the configured key; laatste_tijdstap: the last accepted TOTP step (no replay).
CREATE TABLE legacy_token (
    gebruikersnaam   text COLLATE "C" PRIMARY KEY,
    medewerker_id    text COLLATE "C" NOT NULL UNIQUE REFERENCES medewerker (id),
    geheim           text NOT NULL,
    laatste_tijdstap bigint,
    ingetrokken_op   timestamptz
);

-- Only a SHA-256 of the one-time code is kept.
CREATE TABLE koppelcode (
    code_hash     text COLLATE "C" PRIMARY KEY,
    medewerker_id text COLLATE "C" NOT NULL REFERENCES medewerker (id),
    geldig_tot    timestamptz NOT NULL,
    gebruikt_op   timestamptz
);

-- Medewerkers now live in the tables above; the reference items held their TOTP secrets in plain text.
DELETE FROM referentie WHERE soort = 'medewerker';
