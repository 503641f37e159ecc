#!/usr/bin/env bash
# What group commit would give on PostgreSQL, measured before building it: pgbench on a throwaway durable cluster with a
# schema shaped like RIO's (rio_object and its history with the same indexes, bedrijfsdocument, audit, the chain-signal
# queue; bench/pg-groepscommit/schema.sql) runs one delivery's statements (claim, key locks, read; history row, upsert,
# queue, audit, answer) as Keten sends them, in two pipelined round trips, first one delivery per transaction with 16
# clients, then 8 deliveries per transaction with 4 clients, and reports deliveries/s and PostgreSQL's CPU per delivery.
#   bench/pg-groepscommit.sh            # 15 s per measurement, two rounds
# docs/benchmarks.md ("Where the time goes", PostgreSQL) quotes its figures.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d /tmp/keten-pggroep.XXXXXX); chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"
start_postgres 100
P=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -q keten)
"${P[@]}" -f "$ROOT/bench/pg-groepscommit/schema.sql"
"${P[@]}" -c "VACUUM ANALYZE" -c CHECKPOINT

# One transaction of $1 deliveries: pipeline 1 = BEGIN and per delivery the claim, the key locks and the read;
# pipeline 2 = per delivery the history row, the upsert, the queue row, the audit row and the answer, then COMMIT.
script() {
  echo '\set a random(0, 710)'
  echo '\startpipeline'
  echo 'BEGIN;'
  for j in $(seq 1 "$1"); do
    echo "INSERT INTO bd (id, operatie, antwoord, ontvangen) VALUES (gen_random_uuid()::text, 'aanleveren', '', now());"
    echo "SELECT pg_advisory_xact_lock_shared(k) FROM (SELECT k FROM unnest(ARRAY[:a::bigint + $j * 1000, :a::bigint]) AS t(k) ORDER BY k) s;"
    echo "SELECT soort, sleutel, state_json FROM rio_object WHERE soort = 'Onderwijsaanbieder' AND sleutel = 'A' || :a;"
  done
  echo '\endpipeline'
  echo '\startpipeline'
  for j in $(seq 1 "$1"); do
    echo "INSERT INTO hist (soort, sleutel, bestuur, aanbieder, state_json, nieuw, geregistreerd_op, doc) SELECT 'AangebodenOpleiding', md5(random()::text), 'B' || (:a / 2), 'A' || :a, repeat('z', 1080), NOT EXISTS (SELECT 1 FROM rio_object WHERE soort = 'AangebodenOpleiding' AND sleutel = 'q' || :a), now(), 'd';"
    echo "INSERT INTO rio_object (soort, sleutel, bestuur, aanbieder, state_json, verwijderd, geregistreerd_op, locatie) VALUES ('AangebodenOpleiding', md5(random()::text), 'B' || (:a / 2), 'A' || :a, repeat('z', 1080), false, now(), 'L1') ON CONFLICT (soort, sleutel) DO UPDATE SET state_json = excluded.state_json;"
    echo "INSERT INTO herb (aanbieder, versie, op) VALUES ('A' || :a, 1, now()) ON CONFLICT (aanbieder) DO UPDATE SET versie = herb.versie + 1;"
    echo "INSERT INTO audit (moment, bestuur, deur, tekst) VALUES (now(), 'B1', 'soap', 'aanleveren');"
    echo "UPDATE bd SET antwoord = repeat('a', 400) WHERE id = 'none';"
  done
  echo 'COMMIT;'
  echo '\endpipeline'
}
script 1 >"$WORK/een.sql"; script 8 >"$WORK/acht.sql"
# shellcheck disable=SC2046 # one pid per word
pg_ticks() { cpu_ticks $(pgrep -u postgres); }
for ronde in $(seq 1 "${RONDES:-2}"); do
  for variant in een:1:16 acht:8:4; do
    IFS=: read -r naam per clients <<<"$variant"
    pgbench=("$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_POORT" -U postgres -n -M prepared -c "$clients" -j 2 -f "$WORK/$naam.sql" keten)
    "${pgbench[@]}" -T 5 >/dev/null 2>&1 || true
    t1=$(pg_ticks)
    uit=$("${pgbench[@]}" -T "${DUUR:-15}" 2>&1 || true)
    t2=$(pg_ticks)
    tps=$(grep -oP 'tps = \K[0-9.]+' <<<"$uit" | head -1)
    per_s=$(echo "$tps * $per" | bc)
    cpu=$(cpu_seconden $((t2 - t1)))
    echo "ronde $ronde: $per per transactie, $clients clients: $per_s leveringen/s, PostgreSQL-CPU $cpu s in ${DUUR:-15} s = $(echo "scale=3; $cpu * 1000 / ($per_s * ${DUUR:-15})" | bc) ms per levering"
  done
done
