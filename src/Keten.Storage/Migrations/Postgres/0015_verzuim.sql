-- The verzuimregister (docs/verzuim.md): one row per verzuimmelding with its current state as JSON, and an append-only
-- history whose rows place each report in the change feeds of its municipality and its school in commit order
-- (docs/decisions/0005: ordered by the writer's xid, served below the oldest running transaction). The person's number
-- is only a column to find a pupil's earlier reports; a report is named by its melding_id everywhere else.
CREATE TABLE verzuim_melding (
    melding_id           text COLLATE "C" NOT NULL PRIMARY KEY,
    persoon_soort        text COLLATE "C" NOT NULL,
    persoon              text COLLATE "C" NOT NULL,
    soort                text COLLATE "C" NOT NULL,
    brin                 text COLLATE "C" NOT NULL,
    onderwijsbestuurcode text COLLATE "C" NOT NULL,
    gemeentecode         text COLLATE "C" NOT NULL,
    status               text COLLATE "C" NOT NULL,
    staat                text NOT NULL,
    gewijzigd_op         timestamptz NOT NULL
);
CREATE INDEX verzuim_melding_persoon ON verzuim_melding (persoon_soort, persoon, soort);

CREATE TABLE verzuim_melding_historie (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sleutel          text COLLATE "C" NOT NULL,
    gemeentecode     text COLLATE "C" NOT NULL,
    brin             text COLLATE "C" NOT NULL,
    status           text COLLATE "C" NOT NULL,
    geregistreerd_op timestamptz NOT NULL,
    xid              xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX verzuim_melding_historie_gemeente ON verzuim_melding_historie (gemeentecode, xid, id);
CREATE INDEX verzuim_melding_historie_brin ON verzuim_melding_historie (brin, xid, id);
