#!/usr/bin/env bash
# Where a PostgreSQL delivery's time goes: one throwaway durable cluster, a small national data set, one or more Keten
# processes, a closed-loop aanleveren_ run, then the wait events seen during it, pg_stat_statements' top statements and
# the CPU seconds of the Keten processes and of PostgreSQL. Needs the Release build of bench/run.sh.
#   bench/pg-diagnose.sh                        # 64 clients, 1 process, pool of 16
#   CLIENTS=4 POOL=100 PROCESSEN=2 bench/pg-diagnose.sh
# docs/benchmarks.md ("Where the time goes") quotes its figures.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${N:-1000}; CLIENTS=${CLIENTS:-64}; POOL=${POOL:-16}; PROCESSEN=${PROCESSEN:-1}
WORK=$(mktemp -d /tmp/keten-pgdiag.XXXXXX); chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"
start_postgres 400 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all
sql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -Atc "$1" "${2:-keten}"; }
sql "CREATE EXTENSION pg_stat_statements"
PG="Host=127.0.0.1;Port=$PG_POORT;Database=keten;Username=postgres;Maximum Pool Size=$POOL"
dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll" genereer landelijk --seed 42 --opleidingen "$N" --gelijktijdig 32 \
  --referentiedata-uit "$WORK/ref.json" --connection "$PG" | tail -1
SD="$ROOT/src/Keten.Server/bin/Release/net10.0"; URLS=(); SERVERS=()
for i in $(seq 1 "$PROCESSEN"); do
  poort=$(vrije_poort)
  start_proces "$WORK/server$i.log" "Keten luistert op" dotnet "$SD/Keten.Server.dll" --contentRoot "$SD" --urls "http://127.0.0.1:$poort" \
    "--ConnectionStrings:Keten=$PG" --Keten:Demo=false --Keten:Soap:Beveiliging:Modus=Uit "--Keten:ReferenceData=$WORK/ref.json"
  SERVERS+=("${PIDS[-1]}"); URLS+=(--url "http://127.0.0.1:$poort")
done
# shellcheck disable=SC2046 # one pid per word
pg_ticks() { cpu_ticks $(pgrep -u postgres); }
sql "SELECT pg_stat_statements_reset()" >/dev/null
K1=$(cpu_ticks "${SERVERS[@]}"); P1=$(pg_ticks); T1=$(date +%s.%N)
"${LAST[@]}" aanleveren --doel pg "${URLS[@]}" \
  --clients "$CLIENTS" --opwarmen 2 --duur 8 --seed 42 --opleidingen "$N" &
LAST_PID=$!
sleep 5
echo "wait events during the run (count of connections):"
sql "SELECT coalesce(wait_event_type, '-') || ':' || coalesce(wait_event, '-') || ' ' || state, count(*) FROM pg_stat_activity WHERE datname = 'keten' GROUP BY 1 ORDER BY 2 DESC"
wait $LAST_PID
K2=$(cpu_ticks "${SERVERS[@]}"); P2=$(pg_ticks); T2=$(date +%s.%N)
echo "CPU seconds: Keten $(cpu_seconden $((K2 - K1))), PostgreSQL $(cpu_seconden $((P2 - P1))), in $(echo "$T2 - $T1" | bc) s of wall time"
echo "top statements (total ms | calls | ms per call | statement):"
sql "SELECT round(total_exec_time::numeric), calls, round((total_exec_time / calls)::numeric, 3), left(regexp_replace(query, '\s+', ' ', 'g'), 90) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 12"
sql "SELECT 'deadlocks ' || deadlocks || ', commits ' || xact_commit || ', rollbacks ' || xact_rollback FROM pg_stat_database WHERE datname = 'keten'"
