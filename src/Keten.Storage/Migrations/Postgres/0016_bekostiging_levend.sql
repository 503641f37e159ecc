-- A funding run's sign of life (docs/bekostiging-runs.md, "A run whose process died"): set when it begins and with every
-- block of lines it writes. An unfinished run silent for longer than the cleanup's limit is a run whose process died:
-- its lines and the run are removed.
ALTER TABLE bek_run ADD COLUMN levend_op timestamptz;
CREATE INDEX bek_run_onafgerond ON bek_run (levend_op) WHERE gereed_op IS NULL;
