-- ROD, the enrolment register (docs/rod.md). Bitemporal: every version of an enrolment is a row of
-- rod_inschrijving with its registration time (geregistreerd_van, inclusive; geregistreerd_tot, exclusive, NULL for
-- the current version) and its valid time in its own fields (datum_inschrijving, the periods' datum_begin/datum_eind,
-- the uitschrijving); a version's periods, BPVs and diplomas hang from its versie. "As known on X" selects the versions
-- with geregistreerd_van <= X < geregistreerd_tot. Dates are integer yyyymmdd; datum_eind is exclusive.
-- Typed columns, not JSON: funding, signals and overviews query these fields for the whole nation.

CREATE TABLE rod_persoon (
    persoon_soort  text COLLATE "C" NOT NULL,   -- BSN | ONR
    persoon        text COLLATE "C" NOT NULL,
    geboortedatum  text COLLATE "C",            -- ccyy-mm-dd, unknown day or month as 00
    geslacht       text COLLATE "C",
    achternaam     text,
    voorvoegsel    text,
    voornamen      text,
    postcode       text COLLATE "C",
    geregistreerd_op timestamptz NOT NULL,
    PRIMARY KEY (persoon_soort, persoon)
);
-- The identificatieverzoek looks a person without BSN up by these data.
CREATE INDEX rod_persoon_gegevens ON rod_persoon (achternaam, geboortedatum) WHERE persoon_soort = 'ONR';

CREATE TABLE rod_inschrijving (
    versie                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inschrijving_id               text COLLATE "C" NOT NULL,   -- stable over the versions: the REST address, no BSN
    sector                        text COLLATE "C" NOT NULL,
    brin                          text COLLATE "C" NOT NULL,
    persoon_soort                 text COLLATE "C" NOT NULL,
    persoon                       text COLLATE "C" NOT NULL,
    volgnummer                    text COLLATE "C" NOT NULL,
    onderwijsbestuurcode          text COLLATE "C" NOT NULL,
    datum_inschrijving            integer NOT NULL,
    datum_uitschrijving_gepland   integer,
    datum_uitschrijving_werkelijk integer,
    hoogste_vooropleiding         text COLLATE "C",
    reden_uitstroom               text COLLATE "C",
    verwijderd                    boolean NOT NULL,
    geregistreerd_van             timestamptz NOT NULL,
    geregistreerd_tot             timestamptz,
    bedrijfsdocument_id           text,
    xid                           xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE UNIQUE INDEX rod_inschrijving_huidig ON rod_inschrijving (brin, persoon_soort, persoon, volgnummer) WHERE geregistreerd_tot IS NULL;
CREATE UNIQUE INDEX rod_inschrijving_id_huidig ON rod_inschrijving (inschrijving_id) WHERE geregistreerd_tot IS NULL;
CREATE INDEX rod_inschrijving_persoon ON rod_inschrijving (persoon_soort, persoon, geregistreerd_van);
CREATE INDEX rod_inschrijving_brin ON rod_inschrijving (brin, volgnummer) WHERE geregistreerd_tot IS NULL AND NOT verwijderd;

CREATE TABLE rod_periode (
    versie                   bigint  NOT NULL REFERENCES rod_inschrijving (versie),
    datum_begin              integer NOT NULL,
    datum_eind               integer,
    opleidingcode            text COLLATE "C" NOT NULL,
    niveau                   text COLLATE "C",
    indicatie_bekostigbaar   boolean NOT NULL,
    onderwijsaanbiedercode   text COLLATE "C" NOT NULL,
    leertraject              text COLLATE "C",
    leerjaar                 integer,
    vestiging                text COLLATE "C",
    onderwijslocatiecode     text COLLATE "C",
    locatiecode_vsv          text COLLATE "C",
    aangeboden_opleiding     text COLLATE "C",
    leerroute                text COLLATE "C",
    leerroutefase            text COLLATE "C",
    samenwerkende_aanbieder  text COLLATE "C",
    PRIMARY KEY (versie, datum_begin)
);
CREATE INDEX rod_periode_aanbieder ON rod_periode (onderwijsaanbiedercode, datum_begin) WHERE leerroute IS NOT NULL;

CREATE TABLE rod_bpv (
    versie                bigint  NOT NULL REFERENCES rod_inschrijving (versie),
    volgnummer            text COLLATE "C" NOT NULL,
    afsluitdatum          integer NOT NULL,
    datum_begin           integer NOT NULL,
    datum_einde_gepland   integer NOT NULL,
    datum_einde_werkelijk integer,
    leerbedrijf_id        text COLLATE "C" NOT NULL,
    omvang_uren           integer,
    opleidingcode         text COLLATE "C" NOT NULL,
    PRIMARY KEY (versie, volgnummer)
);

CREATE TABLE rod_diploma (
    versie                 bigint  NOT NULL REFERENCES rod_inschrijving (versie),
    resultaatvolgnummer    text COLLATE "C" NOT NULL,
    opleidingcode          text COLLATE "C" NOT NULL,
    datum_resultaat        integer NOT NULL,
    indicatie_bekostigbaar boolean NOT NULL,
    PRIMARY KEY (versie, resultaatvolgnummer)
);

-- Chain signals: the current ones (open or withdrawn) by their key, and every change in commit order for the feed.
CREATE TABLE rod_ketensignaal (
    sleutel          text COLLATE "C" NOT NULL PRIMARY KEY,
    code             text COLLATE "C" NOT NULL,
    persoon_soort    text COLLATE "C" NOT NULL,
    persoon          text COLLATE "C" NOT NULL,
    vo_brin          text COLLATE "C",
    vo_volgnummer    text COLLATE "C",
    mbo_brin         text COLLATE "C",
    mbo_volgnummer   text COLLATE "C",
    begindatum       integer NOT NULL,
    einddatum        integer,
    open             boolean NOT NULL,
    gewijzigd_op     timestamptz NOT NULL
);
CREATE INDEX rod_ketensignaal_persoon ON rod_ketensignaal (persoon_soort, persoon);
CREATE INDEX rod_ketensignaal_vo ON rod_ketensignaal (vo_brin) WHERE open;
CREATE INDEX rod_ketensignaal_mbo ON rod_ketensignaal (mbo_brin) WHERE open;

CREATE TABLE rod_ketensignaal_historie (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sleutel      text COLLATE "C" NOT NULL,
    open         boolean NOT NULL,
    einddatum    integer,
    vo_brin      text COLLATE "C",
    mbo_brin     text COLLATE "C",
    geregistreerd_op timestamptz NOT NULL,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX rod_ketensignaal_historie_vo ON rod_ketensignaal_historie (vo_brin, xid, id);
CREATE INDEX rod_ketensignaal_historie_mbo ON rod_ketensignaal_historie (mbo_brin, xid, id);
