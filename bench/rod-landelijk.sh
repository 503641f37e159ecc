#!/usr/bin/env bash
# ROD: the nation's enrolments (docs/benchmarks.md, "ROD: the nation's enrolments").
#   bench/rod-landelijk.sh                 # full: 0.52 M MBO + 0.93 M VO enrolments on SQLite and on PostgreSQL
#   FRACTIE=0.01 OPLEIDINGEN=2000 bench/rod-landelijk.sh   # scaled down, for trying it
#   DOELEN=postgres bench/rod-landelijk.sh                 # one database only
#   RONDES=1 bench/rod-landelijk.sh                        # one pair per database instead of three
# Per database, the national RIO (keten genereer landelijk) once; then RONDES times, on a fresh copy of that database:
# the enrolments through the bulk ingest with every rule on (keten genereer inschrijvingen), then in the same copy the
# same rows by the same writer into kaal_ copies of the tables (--modus opslaglimiet): the storage limit. Each round is
# a same-moment pair, since this shared machine's speed moves by a fifth within the hour: the table gives the round
# with the median ratio (of an even number, the higher of the two middle ones) and lists every round's ratio. Peak
# memory is the process's maximum RSS (/usr/bin/time). Then, with the nation loaded (the last round's copy), one
# delivery's p50/p99 over REST and over SOAP (bench/rod-p99.py, one client) beside the bare endpoint
# (bench/Keten.Bench.Kaal). Writes bench/results/rod-landelijk.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FRACTIE=${FRACTIE:-1}
OPLEIDINGEN=${OPLEIDINGEN:-60000}
P99_AANTAL=${P99_AANTAL:-1000}
RONDES=${RONDES:-3}
SEED=42
WORK=$(mktemp -d /tmp/keten-rod-bench.XXXXXX)
chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"

KETEN=(dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll")
SERVER_DIR="$ROOT/src/Keten.Server/bin/Release/net10.0"
RESULTAAT="$ROOT/bench/results/rod-landelijk.md"
START=$(date +%s)

stap "Release build"
for p in src/Keten.Server src/Keten.Cli bench/Keten.Bench.Kaal; do
  dotnet build "$ROOT/$p" -c Release -nologo -clp:ErrorsOnly >/dev/null
done

start_postgres 100 -c max_wal_size=4GB
SQLITE_RIO="$WORK/rio.db"
SQLITE="Data Source=$SQLITE_RIO"
pg_database() { echo "Host=127.0.0.1;Port=$PG_POORT;Database=$1;Username=postgres;Maximum Pool Size=16"; }
PG=$(pg_database keten)

stap "Landelijke RIO ($OPLEIDINGEN aangeboden opleidingen) op SQLite en PostgreSQL tegelijk"
"${KETEN[@]}" genereer landelijk --seed $SEED --opleidingen "$OPLEIDINGEN" --gelijktijdig 32 --referentiedata-uit "$WORK/ref-sqlite.json" --connection "$SQLITE" >"$WORK/rio-sqlite.log" 2>&1 &
R1=$!
"${KETEN[@]}" genereer landelijk --seed $SEED --opleidingen "$OPLEIDINGEN" --gelijktijdig 32 --referentiedata-uit "$WORK/ref-pg.json" --connection "$PG" >"$WORK/rio-pg.log" 2>&1 &
R2=$!
wait $R1 || { cat "$WORK/rio-sqlite.log" >&2; exit 1; }
wait $R2 || { cat "$WORK/rio-pg.log" >&2; exit 1; }
cat "$WORK/rio-sqlite.log" "$WORK/rio-pg.log" >&2
# The SQLite file whole, so a plain copy of it is the database (the CLI's last connection checkpoints too; this makes sure).
python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)')" "$SQLITE_RIO"

# laad <doel> <connection> <modus>: one run of the enrolments, its summary line and its maximum RSS in MiB.
laad() {
  local uit="$WORK/$1-$3.log"
  /usr/bin/time -f "maxrss %M" "${KETEN[@]}" genereer inschrijvingen --seed $SEED --opleidingen "$OPLEIDINGEN" --fractie "$FRACTIE" --modus "$3" \
    --connection "$2" >"$uit" 2>&1 || { cat "$uit" >&2; exit 1; }
  cat "$uit" >&2
  local regel rss
  regel=$(grep -E "^(inschrijvingen|opslaglimiet) " "$uit")
  rss=$(awk '/^maxrss/ { printf "%.0f", $2 / 1024 }' "$uit")
  echo "$regel|$rss"
}
veld() { sed -E "s|.* ([0-9.]+) $1.*|\1|" <<<"$2"; }

p99() {
  local poort; poort=$(vrije_poort)
  start_proces "$WORK/$1-server.log" "Keten luistert op" dotnet "$SERVER_DIR/Keten.Server.dll" --contentRoot "$SERVER_DIR" \
    --urls "http://127.0.0.1:$poort" "--ConnectionStrings:Keten=$2" --Keten:Demo=false --Keten:Soap:Beveiliging:Modus=Uit "--Keten:ReferenceData=$3"
  local pid=${PIDS[-1]}
  python3 "$ROOT/bench/rod-p99.py" "http://127.0.0.1:$poort" "$P99_AANTAL" rest
  python3 "$ROOT/bench/rod-p99.py" "http://127.0.0.1:$poort" "$P99_AANTAL" soap
  stop_proces "$pid"
  poort=$(vrije_poort)
  start_proces "$WORK/kaal.log" "kaal luistert op" dotnet "$ROOT/bench/Keten.Bench.Kaal/bin/Release/net10.0/keten-bench-kaal.dll" --urls "http://127.0.0.1:$poort"
  pid=${PIDS[-1]}
  python3 "$ROOT/bench/rod-p99.py" "http://127.0.0.1:$poort" "$P99_AANTAL" kaal
  stop_proces "$pid"
}

# kopie <doel> <ronde>: a fresh copy of the database holding the national RIO; prints its connection string.
kopie() {
  if [[ $1 == sqlite ]]; then
    cp "$SQLITE_RIO" "$WORK/ronde-$2.db"
    echo "Data Source=$WORK/ronde-$2.db"
  else
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -qc "CREATE DATABASE ronde_$2 TEMPLATE keten" postgres
    pg_database "ronde_$2"
  fi
}
verhouding() { awk -v a="$(veld "rijen/s" "$1")" -v b="$(veld "rijen/s" "$2")" 'BEGIN { printf "%.2f", b / a }'; }
p50_p99() { echo "$(sed -E 's/.*"p50": ([0-9.]+).*/\1/' <<<"$1") / $(sed -E 's/.*"p99": ([0-9.]+).*/\1/' <<<"$1")"; }

RIJEN=()
REGELS=()
for doel in ${DOELEN:-sqlite postgres}; do
  if [[ $doel == sqlite ]]; then REF="$WORK/ref-sqlite.json"; else REF="$WORK/ref-pg.json"; fi
  PAREN=()
  for ronde in $(seq 1 "$RONDES"); do
    CONN=$(kopie "$doel" "$ronde")
    stap "$doel, ronde $ronde van $RONDES: inschrijvingen met alle regels (fractie $FRACTIE)"
    INGEST=$(laad "$doel" "$CONN" registreren)
    stap "$doel, ronde $ronde van $RONDES: dezelfde rijen kaal (opslaglimiet)"
    LIMIET=$(laad "$doel" "$CONN" opslaglimiet)
    PAREN+=("$(verhouding "$INGEST" "$LIMIET")#$INGEST#$LIMIET")
    REGELS+=("$doel, ronde $ronde: ${INGEST%%|*}" "$doel, ronde $ronde: ${LIMIET%%|*}")
    # Only the last round's copy is kept: it serves the p99 below.
    if [[ $ronde -lt $RONDES && $doel == sqlite ]]; then rm -f "$WORK/ronde-$ronde.db"*; fi
    if [[ $ronde -lt $RONDES && $doel == postgres ]]; then "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -qc "DROP DATABASE ronde_$ronde" postgres; fi
  done
  MEDIAAN=$(printf '%s\n' "${PAREN[@]}" | sort -t'#' -k1,1n | sed -n "$(( RONDES / 2 + 1 ))p")
  IFS='#' read -r RATIO INGEST LIMIET <<<"$MEDIAAN"
  ALLE=$(printf '%s\n' "${PAREN[@]}" | cut -d'#' -f1 | paste -sd' ')
  stap "$doel: p99 van één levering (REST, SOAP) met het land geladen"
  P=$(p99 "$doel" "$CONN" "$REF")
  echo "$P" >&2
  KETEN_P=$(sed -n 1p <<<"$P"); SOAP_P=$(sed -n 2p <<<"$P"); KAAL_P=$(sed -n 3p <<<"$P")
  RIJEN+=("| $doel | $(veld "inschrijvingen/s" "$INGEST") | $(veld "rijen/s" "$INGEST") | $(veld "s," "$INGEST") | ${INGEST##*|} | $(veld "rijen/s" "$LIMIET") | $(veld "s," "$LIMIET") | ${LIMIET##*|} | $RATIO | ${ALLE// / · } | $(p50_p99 "$KETEN_P") | $(p50_p99 "$SOAP_P") | $(p50_p99 "$KAAL_P") |")
  REGELS+=("$doel: REST $KETEN_P" "$doel: SOAP $SOAP_P" "$doel: kaal $KAAL_P")
done

{
  echo "Run: \`bench/rod-landelijk.sh\` (FRACTIE=$FRACTIE, OPLEIDINGEN=$OPLEIDINGEN, RONDES=$RONDES), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg); whole run $(( $(date +%s) - START )) s."
  echo
  echo "The row of each database is its round with the median ratio; \"× limiet, elke ronde\" lists the ratio of every round ($RONDES per database), in the order run."
  echo
  echo "| doel | inschrijvingen/s | rijen/s | s | piek MiB | limiet rijen/s | limiet s | limiet piek MiB | × limiet | × limiet, elke ronde | REST p50 / p99 ms | SOAP p50 / p99 ms | kaal p50 / p99 ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|"
  printf '%s\n' "${RIJEN[@]}"
  echo
  echo "What each run printed:"
  echo
  printf -- '- %s\n' "${REGELS[@]}"
} >"$RESULTAAT"
cat "$RESULTAAT"
