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
W=$(mktemp -d /tmp/keten-pgdiag.XXXX); chmod 755 "$W"; mkdir -p "$W/pg"
ALS_POSTGRES=(); [[ $(id -u) == 0 ]] && { chown postgres:postgres "$W/pg"; ALS_POSTGRES=(runuser -u postgres --); }
PGB=/usr/lib/postgresql/15/bin; P=$((30000 + RANDOM % 20000))
"${ALS_POSTGRES[@]}" "$PGB/initdb" -D "$W/pg/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
"${ALS_POSTGRES[@]}" "$PGB/pg_ctl" -D "$W/pg/data" -l "$W/pg/log" -w -o "-p $P -k $W/pg -c listen_addresses=127.0.0.1 -c max_connections=400 \
  -c shared_buffers=256MB -c fsync=on -c synchronous_commit=on -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" start >/dev/null
trap 'kill $(jobs -p) 2>/dev/null || true; "${ALS_POSTGRES[@]}" "$PGB/pg_ctl" -D "$W/pg/data" -m immediate stop >/dev/null; rm -rf "$W"' EXIT
sql() { "$PGB/psql" -h 127.0.0.1 -p "$P" -U postgres -Atc "$1" "${2:-keten}"; }
sql "CREATE DATABASE keten" postgres; sql "CREATE EXTENSION pg_stat_statements"
PG="Host=127.0.0.1;Port=$P;Database=keten;Username=postgres;Maximum Pool Size=$POOL"
dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll" genereer landelijk --seed 42 --opleidingen "$N" --gelijktijdig 32 \
  --referentiedata-uit "$W/ref.json" --connection "$PG" | tail -1
SD="$ROOT/src/Keten.Server/bin/Release/net10.0"; URLS=()
for i in $(seq 1 "$PROCESSEN"); do
  dotnet "$SD/Keten.Server.dll" --contentRoot "$SD" --urls "http://127.0.0.1:$((P + i))" "--ConnectionStrings:Keten=$PG" \
    --Keten:Demo=false --Keten:Soap:Beveiliging:Modus=Uit "--Keten:ReferenceData=$W/ref.json" >"$W/server$i.log" 2>&1 &
  URLS+=(--url "http://127.0.0.1:$((P + i))")
done
for i in $(seq 1 100); do grep -q "Keten luistert op" "$W/server$PROCESSEN.log" && break; sleep 0.1; done
cpu() { for p in $(pgrep -f "$1"); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {printf "%.1f", s / 100}'; }
sql "SELECT pg_stat_statements_reset()" >/dev/null
K1=$(cpu "Keten.Server.dll"); P1=$(cpu "postgres"); T1=$(date +%s.%N)
dotnet "$ROOT/bench/Keten.Bench.Last/bin/Release/net10.0/keten-bench-last.dll" aanleveren --doel pg "${URLS[@]}" \
  --clients "$CLIENTS" --opwarmen 2 --duur 8 --seed 42 --opleidingen "$N" &
LAST=$!
sleep 5
echo "wait events during the run (count of connections):"
sql "SELECT coalesce(wait_event_type, '-') || ':' || coalesce(wait_event, '-') || ' ' || state, count(*) FROM pg_stat_activity WHERE datname = 'keten' GROUP BY 1 ORDER BY 2 DESC"
wait $LAST
K2=$(cpu "Keten.Server.dll"); P2=$(cpu "postgres"); T2=$(date +%s.%N)
echo "CPU seconds: Keten $(echo "$K2 - $K1" | bc), PostgreSQL $(echo "$P2 - $P1" | bc), in $(echo "$T2 - $T1" | bc) s of wall time"
echo "top statements (total ms | calls | ms per call | statement):"
sql "SELECT round(total_exec_time::numeric), calls, round((total_exec_time / calls)::numeric, 3), left(regexp_replace(query, '\s+', ' ', 'g'), 90) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 12"
sql "SELECT 'deadlocks ' || deadlocks || ', commits ' || xact_commit || ', rollbacks ' || xact_rollback FROM pg_stat_database WHERE datname = 'keten'"
