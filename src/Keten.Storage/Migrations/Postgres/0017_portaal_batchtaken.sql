-- The portal's batch jobs (docs/portaal.md, "Batch"; ADR 0024): an uploaded batch file with its job, processed by
-- whichever server process claims it (eigenaar, levend_op: a lease, renewed while it works; a job whose lease ran out is
-- claimed again and resumed), and the terugkoppeling line of each mutation answered so far.
CREATE TABLE batch_taak (
    taak_id              text COLLATE "C" PRIMARY KEY,   -- a GUID, the job's address in the portal
    onderwijsbestuurcode text COLLATE "C" NOT NULL,      -- the board that uploaded it: only its medewerkers see the job
    medewerker_id        text COLLATE "C" NOT NULL,      -- who uploaded it: the sender is derived from them when the job is processed
    bestandsnaam         text NOT NULL,
    kenmerk              text COLLATE "C" NOT NULL,      -- the file's SHA-256: the batch identity the mutations' ids derive from
    bestand              bytea NOT NULL,
    totaal               integer NOT NULL,               -- the mutations in the file, counted at upload
    status               text COLLATE "C" NOT NULL,      -- W (wachtend) | B (bezig) | K (klaar)
    verwerkt             integer NOT NULL DEFAULT 0,
    goedgekeurd          integer NOT NULL DEFAULT 0,
    aangemaakt_op        timestamptz NOT NULL,
    eigenaar             text COLLATE "C",               -- the worker holding the lease; NULL while waiting
    levend_op            timestamptz,                    -- the lease's last renewal
    pogingen             integer NOT NULL DEFAULT 0,
    gereed_op            timestamptz
);
CREATE INDEX batch_taak_bestuur ON batch_taak (onderwijsbestuurcode, aangemaakt_op);
CREATE INDEX batch_taak_open ON batch_taak (aangemaakt_op) WHERE status <> 'K';

-- One line per mutation answered, in the order of the file: the terugkoppeling columns (BatchTerugkoppelingKolommen)
-- as a JSON array of strings.
CREATE TABLE batch_taak_regel (
    taak_id   text COLLATE "C" NOT NULL REFERENCES batch_taak (taak_id),
    regel     bigint NOT NULL,                           -- the line number of the mutation's ISG line
    goedgekeurd boolean NOT NULL,
    kolommen  text NOT NULL,
    PRIMARY KEY (taak_id, regel)
);
