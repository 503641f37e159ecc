-- Funding runs (docs/bekostiging-runs.md): a run is one determination of a sector's funding year from the enrolment
-- register as known at bekend_op; its lines are what it decided, per enrolment per teldatum (soort I) and per diploma
-- (soort D), each with the line's TBG-i content as JSON, the columns the TBG-i, the totals and the diff select on, and
-- the enrolment version it was computed from. Dates are integer yyyymmdd.
CREATE TABLE bek_run (
    run_id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sector               text COLLATE "C" NOT NULL,      -- MBO | VO
    bekostigingsjaar     integer NOT NULL,
    bekend_op            timestamptz NOT NULL,
    status               text COLLATE "C" NOT NULL,      -- V (voorlopig) | D (definitief)
    onderwijsbestuurcode text COLLATE "C",               -- a board's preliminary run; NULL: every instelling
    brins                text COLLATE "C",               -- the instellingen covered, comma-separated; NULL: every instelling
    deur                 text NOT NULL,
    gestart_door         text NOT NULL,                  -- handelende soort and kenmerk, never a BSN
    gestart_op           timestamptz NOT NULL,
    gereed_op            timestamptz,                    -- NULL while its lines are being written
    aantal_studenten     integer,
    aantal_regels        integer
);
CREATE INDEX bek_run_jaar ON bek_run (sector, bekostigingsjaar, run_id);

CREATE TABLE bek_regel (
    run_id                  bigint NOT NULL REFERENCES bek_run (run_id),
    brin                    text COLLATE "C" NOT NULL,
    persoon_soort           text COLLATE "C" NOT NULL,
    persoon                 text COLLATE "C" NOT NULL,
    inschrijvingvolgnummer  text COLLATE "C" NOT NULL,
    soort                   text COLLATE "C" NOT NULL,   -- I: inschrijving and teldatum | D: diploma
    sleutel                 text COLLATE "C" NOT NULL,   -- I: teldatum yyyymmdd ('' for an enrolment counted on no teldatum) | D: resultaatvolgnummer
    teldatum                integer,
    sector                  text COLLATE "C" NOT NULL,   -- the sector that funds through this line: VO, MBO or Geen
    leertraject             text COLLATE "C",
    niveau                  text COLLATE "C",
    bekostigingsstatus      boolean NOT NULL,
    redencode               text COLLATE "C" NOT NULL,
    bijdrage_miljoensten    bigint,                      -- BijdrageInschrijvingAanDeelnemerswaarde or BijdrageDiplomawaarde × 10^6 (N15.6 exact)
    versie                  bigint NOT NULL,
    geregistreerd_van       timestamptz NOT NULL,
    bedrijfsdocument_id     text,
    json                    text NOT NULL,
    PRIMARY KEY (run_id, brin, persoon_soort, persoon, inschrijvingvolgnummer, soort, sleutel)
);

-- A run's totals, grouped once when the run is finished (in the transaction that marks it so): per instelling, soort,
-- teldatum, funding sector, leertraject and niveau the lines, the funded lines and the contributions × 10^6.
CREATE TABLE bek_totaal (
    run_id                  bigint NOT NULL REFERENCES bek_run (run_id),
    brin                    text COLLATE "C" NOT NULL,
    soort                   text COLLATE "C" NOT NULL,
    teldatum                integer,
    sector                  text COLLATE "C" NOT NULL,
    leertraject             text COLLATE "C",
    niveau                  text COLLATE "C",
    aantal                  bigint NOT NULL,
    bekostigd               bigint NOT NULL,
    bijdrage_miljoensten    bigint NOT NULL
);
CREATE INDEX bek_totaal_run ON bek_totaal (run_id, brin);
