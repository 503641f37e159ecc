#!/usr/bin/env bash
# Keten's benchmarks, one command: bench/run.sh [--quick] [--geen-profiel]
# Builds Release, starts a throwaway durable PostgreSQL 15 cluster, generates the national data set on SQLite and on
# PostgreSQL, starts the bare endpoint and Keten servers, measures, and writes bench/results/latest.{jsonl,md} and the
# results section of docs/benchmarks.md. Everything it starts is stopped on exit. See docs/benchmarks.md.
# On a machine with cores to spare: CPUS_LAST=0-1 CPUS_PG=2-3 CPUS_SERVER=4-7 bench/run.sh (taskset lists; the load
# generator, the servers under test and PostgreSQL each on cores of their own; bench/gemeenschappelijk.sh).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QUICK=0
PROFIEL=1
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --geen-profiel) PROFIEL=0 ;;
    *) echo "gebruik: bench/run.sh [--quick] [--geen-profiel]" >&2; exit 1 ;;
  esac
done

# The data set's size per database: national size (60,000 aangeboden opleidingen) on both in the full run.
# Override with KETEN_BENCH_OPLEIDINGEN / KETEN_BENCH_PG_OPLEIDINGEN.
if [[ $QUICK == 1 ]]; then
  OPLEIDINGEN=${KETEN_BENCH_OPLEIDINGEN:-2000}; PG_OPLEIDINGEN=${KETEN_BENCH_PG_OPLEIDINGEN:-2000}
  OPWARMEN=10; VERWARMEN=10; DUUR=5; AANTAL=60; WANDELING=10; MODUS=quick
else
  OPLEIDINGEN=${KETEN_BENCH_OPLEIDINGEN:-60000}; PG_OPLEIDINGEN=${KETEN_BENCH_PG_OPLEIDINGEN:-60000}
  OPWARMEN=20; VERWARMEN=60; DUUR=15; AANTAL=200; WANDELING=20; MODUS=volledig
fi
CLIENTS=64
# The maximum of a server is measured at two client counts, since group commit needs concurrency to fill its batches:
# each target's figure is its best; the ratio compares it with the bare endpoint at the same count (docs/benchmarks.md).
CLIENTS_VEEL=256
SEED=42
DATA_SQLITE=(--seed "$SEED" --opleidingen "$OPLEIDINGEN")
DATA_PG=(--seed "$SEED" --opleidingen "$PG_OPLEIDINGEN")
START=$(date +%s)

WORK=$(mktemp -d /tmp/keten-bench.XXXXXX)
chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"

SERVER_DIR="$ROOT/src/Keten.Server/bin/Release/net10.0"
KETEN_CLI=(dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll")
RESULTATEN="$WORK/resultaten.jsonl"

# start_keten <naam> <connectionstring> <referentiebestand>: sets URL and PID (not a subshell: PIDS must keep the pid).
start_keten() {
  local poort; poort=$(vrije_poort)
  start_proces "$WORK/$1.log" "Keten luistert op" "${PIN_SERVER[@]}" dotnet "$SERVER_DIR/Keten.Server.dll" --contentRoot "$SERVER_DIR" \
    --urls "http://127.0.0.1:$poort" "--ConnectionStrings:Keten=$2" --Keten:Demo=false --Keten:Soap:Beveiliging:Modus=Uit "--Keten:ReferenceData=$3"
  URL="http://127.0.0.1:$poort"
  PID=${PIDS[-1]}
}

# meet_schrijven <doel> <urls…>: max msg/s (closed loop, $CLIENTS and $CLIENTS_VEEL clients), then p99 at half the
# better of the two (open loop).
meet_schrijven() {
  local doel=$1; shift
  local urls=() u
  for u in "$@"; do urls+=(--url "$u"); done
  "${LAST[@]}" aanleveren --doel "$doel" "${urls[@]}" --clients "$CLIENTS" --opwarmen "$OPWARMEN" --duur "$DUUR" "${DATA[@]}" --uit "$RESULTATEN"
  local max; max=$(tail -1 "$RESULTATEN" | sed 's/.*"msgPerS":\([0-9.]*\).*/\1/')
  "${LAST[@]}" aanleveren --doel "$doel" "${urls[@]}" --clients "$CLIENTS_VEEL" --opwarmen "$OPWARMEN" --duur "$DUUR" "${DATA[@]}" --uit "$RESULTATEN"
  local veel; veel=$(tail -1 "$RESULTATEN" | sed 's/.*"msgPerS":\([0-9.]*\).*/\1/')
  local half; half=$(awk -v m="$max" -v v="$veel" 'BEGIN { if (v > m) m = v; h = m / 2; if (h < 1) h = 1; printf "%.0f", h }')
  "${OPEN_LUS[@]}" "${LAST[@]}" aanleveren --doel "$doel" "${urls[@]}" --clients "$CLIENTS" --tempo "$half" --opwarmen "$OPWARMEN" --duur "$DUUR" "${DATA[@]}" --uit "$RESULTATEN"
  meet_kaal --tempo "$half"
}

# meet_kaal [--clients N] [--tempo R]: the bare endpoint, started for this one measurement: the limit beside Keten's.
meet_kaal() {
  local poort; poort=$(vrije_poort)
  start_proces "$WORK/kaal.log" "kaal luistert op" "${PIN_SERVER[@]}" dotnet "$ROOT/bench/Keten.Bench.Kaal/bin/Release/net10.0/keten-bench-kaal.dll" --urls "http://127.0.0.1:$poort"
  local kaal_pid=${PIDS[-1]} lus=(env)
  [[ " $* " == *" --tempo "* ]] && lus=("${OPEN_LUS[@]}")
  "${lus[@]}" "${LAST[@]}" aanleveren --doel kaal --url "http://127.0.0.1:$poort" --controle nee --clients "$CLIENTS" "$@" --opwarmen "$OPWARMEN" --duur "$DUUR" "${DATA[@]}" --uit "$RESULTATEN"
  stop_proces "$kaal_pid"
}

# verwarm <urls…>: $VERWARMEN s per server of closed-loop deliveries, not measured: a server's tiered JIT is still busy
# 30–40 s after its start under this load (bench/opwarmen.sh), each process compiles for itself on the same two cores,
# and a server runs for days.
verwarm() {
  local urls=() u
  for u in "$@"; do urls+=(--url "$u"); done
  "${LAST[@]}" aanleveren --doel verwarmen "${urls[@]}" --clients "$CLIENTS" --opwarmen 0 --duur $((VERWARMEN * $#)) "${DATA[@]}" >/dev/null
}

meet_lezen() {
  "${LAST[@]}" opvragen --doel "$1" --url "$2" --clients 4 --aantal "$AANTAL" "${DATA[@]}" --uit "$RESULTATEN"
  "${LAST[@]}" wandeling --doel "$1" --url "$2" --aanbieders "$WANDELING" "${DATA[@]}" --uit "$RESULTATEN"
}

stap "Release build"
for p in src/Keten.Server src/Keten.Cli bench/Keten.Bench.Kaal bench/Keten.Bench.Last; do
  dotnet build "$ROOT/$p" -c Release -nologo -clp:ErrorsOnly >/dev/null
done

start_postgres 400
SQLITE="Data Source=$WORK/keten.db"
# 16 connections per process: more backends than the 2 cores only thrash (measured: 64 → 172 msg/s, 8–16 → 340 msg/s).
PG="Host=127.0.0.1;Port=$PG_POORT;Database=keten;Username=postgres;Maximum Pool Size=16"

stap "Landelijke data: $OPLEIDINGEN aangeboden opleidingen op SQLite, $PG_OPLEIDINGEN op PostgreSQL"
GEN_START=$(date +%s)
"${KETEN_CLI[@]}" genereer landelijk "${DATA_SQLITE[@]}" --gelijktijdig 32 --referentiedata-uit "$WORK/referentie-sqlite.json" --connection "$SQLITE" >"$WORK/gen-sqlite.log" 2>&1 &
GEN_SQLITE=$!
"${KETEN_CLI[@]}" genereer landelijk "${DATA_PG[@]}" --gelijktijdig 32 --referentiedata-uit "$WORK/referentie-pg.json" --connection "$PG" >"$WORK/gen-pg.log" 2>&1 &
GEN_PG=$!
wait $GEN_SQLITE || { cat "$WORK/gen-sqlite.log" >&2; exit 1; }
wait $GEN_PG || { cat "$WORK/gen-pg.log" >&2; exit 1; }
GEN_SECONDEN=$(( $(date +%s) - GEN_START ))
cat "$WORK/gen-sqlite.log" "$WORK/gen-pg.log" >&2

stap "(a) kale endpoint"
DATA=("${DATA_SQLITE[@]}")
meet_kaal --clients "$CLIENTS"
meet_kaal --clients "$CLIENTS_VEEL"

stap "(e, b) Keten op SQLite: opvragen, wandeling, aanleveren"
start_keten sqlite "$SQLITE" "$WORK/referentie-sqlite.json"; SQLITE_PID=$PID
meet_lezen sqlite "$URL"
verwarm "$URL"
meet_schrijven sqlite "$URL"
TRACE=$(command -v dotnet-trace || true)
if [[ $PROFIEL == 1 && -z $TRACE ]]; then
  [[ -x "$HOME/.dotnet/tools/dotnet-trace" ]] || dotnet tool install -g dotnet-trace >/dev/null 2>&1 || true
  [[ -x "$HOME/.dotnet/tools/dotnet-trace" ]] && TRACE="$HOME/.dotnet/tools/dotnet-trace"
fi
if [[ $PROFIEL == 1 && -n $TRACE ]]; then
  stap "profiel van Keten op SQLite onder last (dotnet-trace, 8 s)"
  "${LAST[@]}" aanleveren --doel profiel --url "$URL" --clients "$CLIENTS" --opwarmen 0 --duur 12 "${DATA[@]}" >/dev/null &
  LAST_PID=$!
  sleep 2
  "$TRACE" collect -p "$SQLITE_PID" --duration 00:00:00:08 --format speedscope -o "$WORK/sqlite.nettrace" >"$WORK/trace.log" 2>&1 \
    || { echo "dotnet-trace mislukte:" >&2; tail -5 "$WORK/trace.log" >&2; }
  wait $LAST_PID || true
fi
stop_proces "$SQLITE_PID"

stap "(e, c) Keten op PostgreSQL: opvragen, wandeling, aanleveren"
DATA=("${DATA_PG[@]}")
start_keten postgres-1 "$PG" "$WORK/referentie-pg.json"; URL1=$URL
meet_lezen postgres "$URL1"
verwarm "$URL1"
meet_schrijven postgres "$URL1"

stap "(d) 2 en 4 Keten-processen op één PostgreSQL"
start_keten postgres-2 "$PG" "$WORK/referentie-pg.json"; URL2=$URL
verwarm "$URL1" "$URL2"
"${LAST[@]}" aanleveren --doel postgres-2p --url "$URL1" --url "$URL2" --clients "$CLIENTS" --opwarmen "$OPWARMEN" --duur "$DUUR" "${DATA[@]}" --uit "$RESULTATEN"
start_keten postgres-3 "$PG" "$WORK/referentie-pg.json"; URL3=$URL
start_keten postgres-4 "$PG" "$WORK/referentie-pg.json"; URL4=$URL
verwarm "$URL1" "$URL2" "$URL3" "$URL4"
"${LAST[@]}" aanleveren --doel postgres-4p --url "$URL1" --url "$URL2" --url "$URL3" --url "$URL4" --clients "$CLIENTS" --opwarmen "$OPWARMEN" --duur "$DUUR" "${DATA[@]}" --uit "$RESULTATEN"

SECONDEN=$(( $(date +%s) - START ))
stap "rapport"
mkdir -p "$ROOT/bench/results"
cp "$RESULTATEN" "$ROOT/bench/results/latest.jsonl"
KOP="Run: \`bench/run.sh$([[ $QUICK == 1 ]] && echo ' --quick')\` ($MODUS), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(cpu_sets), \
$(dotnet --version) Release; data: seed $SEED, 61 MBO and 650 VO aanbieders, $OPLEIDINGEN aangeboden opleidingen on SQLite and $PG_OPLEIDINGEN on PostgreSQL (generated in ${GEN_SECONDEN} s, both at once); \
$CLIENTS clients (and $CLIENTS_VEEL for each maximum), ${VERWARMEN} s of load per server before the first measurement on new servers, then ${OPWARMEN} s warm-up and ${DUUR} s per measurement; whole run ${SECONDEN} s."
"${LAST[@]}" rapport --in "$RESULTATEN" --markdown "$ROOT/bench/results/latest.md" --kop "$KOP"
if [[ -f "$WORK/sqlite.speedscope.json" ]] && command -v python3 >/dev/null; then
  python3 "$ROOT/bench/profiel.py" "$WORK/sqlite.speedscope.json" >>"$ROOT/bench/results/latest.md"
fi
"${LAST[@]}" docs --markdown "$ROOT/bench/results/latest.md" --docs "$ROOT/docs/benchmarks.md"
cat "$ROOT/bench/results/latest.md"
stap "klaar in ${SECONDEN} s: bench/results/latest.md, docs/benchmarks.md"
