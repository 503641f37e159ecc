-- ROD, the enrolment register (docs/rod.md), SQLite: as the PostgreSQL script, with timestamps as INTEGER ticks and
-- booleans 0/1. Bitemporal: every version of an enrolment is a row of
-- rod_inschrijving with its registration time (geregistreerd_van, inclusive; geregistreerd_tot, exclusive, NULL for
-- the current version) and its valid time in its own fields (datum_inschrijving, the periods' datum_begin/datum_eind,
-- the uitschrijving); a version's periods, BPVs and diplomas hang from its versie. "As known on X" selects the versions
-- with geregistreerd_van <= X < geregistreerd_tot. Dates are integer yyyymmdd; datum_eind is exclusive.
-- Typed columns, not JSON: funding, signals and overviews query these fields for the whole nation.

CREATE TABLE rod_persoon (
    persoon_soort  text NOT NULL,   -- BSN | ONR
    persoon        text NOT NULL,
    geboortedatum  text,            -- ccyy-mm-dd, unknown day or month as 00
    geslacht       text,
    achternaam     text,
    voorvoegsel    text,
    voornamen      text,
    postcode       text,
    geregistreerd_op INTEGER NOT NULL,
    PRIMARY KEY (persoon_soort, persoon)
);
-- The identificatieverzoek looks a person without BSN up by these data.
CREATE INDEX rod_persoon_gegevens ON rod_persoon (achternaam, geboortedatum) WHERE persoon_soort = 'ONR';

CREATE TABLE rod_inschrijving (
    versie                        INTEGER PRIMARY KEY,
    inschrijving_id               text NOT NULL,   -- stable over the versions: the REST address, no BSN
    sector                        text NOT NULL,
    brin                          text NOT NULL,
    persoon_soort                 text NOT NULL,
    persoon                       text NOT NULL,
    volgnummer                    text NOT NULL,
    onderwijsbestuurcode          text NOT NULL,
    datum_inschrijving            integer NOT NULL,
    datum_uitschrijving_gepland   integer,
    datum_uitschrijving_werkelijk integer,
    hoogste_vooropleiding         text,
    reden_uitstroom               text,
    verwijderd                    INTEGER NOT NULL,
    geregistreerd_van             INTEGER NOT NULL,
    geregistreerd_tot             INTEGER,
    bedrijfsdocument_id           text
);
CREATE UNIQUE INDEX rod_inschrijving_huidig ON rod_inschrijving (brin, persoon_soort, persoon, volgnummer) WHERE geregistreerd_tot IS NULL;
CREATE UNIQUE INDEX rod_inschrijving_id_huidig ON rod_inschrijving (inschrijving_id) WHERE geregistreerd_tot IS NULL;
CREATE INDEX rod_inschrijving_persoon ON rod_inschrijving (persoon_soort, persoon, geregistreerd_van);
CREATE INDEX rod_inschrijving_brin ON rod_inschrijving (brin, volgnummer) WHERE geregistreerd_tot IS NULL AND verwijderd = 0;

CREATE TABLE rod_periode (
    versie                   INTEGER NOT NULL REFERENCES rod_inschrijving (versie),
    datum_begin              integer NOT NULL,
    datum_eind               integer,
    opleidingcode            text NOT NULL,
    niveau                   text,
    indicatie_bekostigbaar   INTEGER NOT NULL,
    onderwijsaanbiedercode   text NOT NULL,
    leertraject              text,
    leerjaar                 integer,
    vestiging                text,
    onderwijslocatiecode     text,
    locatiecode_vsv          text,
    aangeboden_opleiding     text,
    leerroute                text,
    leerroutefase            text,
    samenwerkende_aanbieder  text,
    PRIMARY KEY (versie, datum_begin)
);
CREATE INDEX rod_periode_aanbieder ON rod_periode (onderwijsaanbiedercode, datum_begin) WHERE leerroute IS NOT NULL;

CREATE TABLE rod_bpv (
    versie                INTEGER NOT NULL REFERENCES rod_inschrijving (versie),
    volgnummer            text NOT NULL,
    afsluitdatum          integer NOT NULL,
    datum_begin           integer NOT NULL,
    datum_einde_gepland   integer NOT NULL,
    datum_einde_werkelijk integer,
    leerbedrijf_id        text NOT NULL,
    omvang_uren           integer,
    opleidingcode         text NOT NULL,
    PRIMARY KEY (versie, volgnummer)
);

CREATE TABLE rod_diploma (
    versie                 INTEGER NOT NULL REFERENCES rod_inschrijving (versie),
    resultaatvolgnummer    text NOT NULL,
    opleidingcode          text NOT NULL,
    datum_resultaat        integer NOT NULL,
    indicatie_bekostigbaar INTEGER NOT NULL,
    PRIMARY KEY (versie, resultaatvolgnummer)
);

-- Chain signals: the current ones (open or withdrawn) by their key, and every change in commit order for the feed.
CREATE TABLE rod_ketensignaal (
    sleutel          text NOT NULL PRIMARY KEY,
    code             text NOT NULL,
    persoon_soort    text NOT NULL,
    persoon          text NOT NULL,
    vo_brin          text,
    vo_volgnummer    text,
    mbo_brin         text,
    mbo_volgnummer   text,
    begindatum       integer NOT NULL,
    einddatum        integer,
    open             INTEGER NOT NULL,
    gewijzigd_op     INTEGER NOT NULL
);
CREATE INDEX rod_ketensignaal_persoon ON rod_ketensignaal (persoon_soort, persoon);
CREATE INDEX rod_ketensignaal_vo ON rod_ketensignaal (vo_brin) WHERE open = 1;
CREATE INDEX rod_ketensignaal_mbo ON rod_ketensignaal (mbo_brin) WHERE open = 1;

CREATE TABLE rod_ketensignaal_historie (
    id           INTEGER PRIMARY KEY,
    sleutel      text NOT NULL,
    open         INTEGER NOT NULL,
    einddatum    integer,
    vo_brin      text,
    mbo_brin     text,
    geregistreerd_op INTEGER NOT NULL
);
CREATE INDEX rod_ketensignaal_historie_vo ON rod_ketensignaal_historie (vo_brin, id);
CREATE INDEX rod_ketensignaal_historie_mbo ON rod_ketensignaal_historie (mbo_brin, id);
