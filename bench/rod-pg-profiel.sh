#!/usr/bin/env bash
# Profile of the ROD bulk ingest on PostgreSQL (ADR 0025): FRACTIE=0.2 bench/rod-pg-profiel.sh
# On a throwaway cluster with pg_stat_statements and auto_explain: the national RIO at 2,000 offerings, then the
# enrolments at FRACTIE under dotnet-trace with /usr/bin/time; prints the statements by total time, the last slow plan
# of each dossier read (bench/pg-plannen.py) and the client's CPU profile (bench/profiel.py). Needs a Release build and
# dotnet-trace (dotnet tool install -g dotnet-trace).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FRACTIE=${FRACTIE:-0.03}
WORK=$(mktemp -d /tmp/keten-pgprof.XXXXXX); chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"
KETEN=(dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll")
start_postgres 100 -c max_wal_size=4GB -c shared_preload_libraries=pg_stat_statements,auto_explain -c pg_stat_statements.track=all -c auto_explain.log_min_duration=30 -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on
PG="Host=127.0.0.1;Port=$PG_POORT;Database=keten;Username=postgres;Maximum Pool Size=16"
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -qc "CREATE EXTENSION pg_stat_statements" keten
"${KETEN[@]}" genereer landelijk --seed 42 --opleidingen 2000 --gelijktijdig 32 --referentiedata-uit "$WORK/ref.json" --connection "$PG" >"$WORK/rio.log" 2>&1
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -qc "SELECT pg_stat_statements_reset()" keten >/dev/null
/usr/bin/time -f "wall %e user %U sys %S" "${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}" collect --format speedscope -o "$WORK/ingest.nettrace" -- "${KETEN[@]}" genereer inschrijvingen --seed 42 --opleidingen 2000 --fractie "$FRACTIE" --connection "$PG" 2>&1 | grep -v "^\[" | tail -5
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -P pager=off -c "SELECT round(total_exec_time) ms, calls, rows, round(mean_exec_time::numeric,3) mean, left(regexp_replace(query, '\s+', ' ', 'g'), 150) q FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25" keten
python3 "$ROOT/bench/pg-plannen.py" "$WORK/pg/postgres.log"
python3 "$ROOT/bench/profiel.py" "$WORK"/ingest.speedscope.json | head -80
