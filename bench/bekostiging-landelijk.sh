#!/usr/bin/env bash
# Funding runs on the nation's enrolments (docs/benchmarks.md, "Bekostiging: runs on the nation"; issue 8 point 7).
#   bench/bekostiging-landelijk.sh                                  # full: 0.52 M MBO + 0.93 M VO enrolments
#   FRACTIE=0.1 OPLEIDINGEN=6000 bench/bekostiging-landelijk.sh     # scaled down
#   DOELEN=postgres BOUWEN=0 bench/bekostiging-landelijk.sh         # one database; the Release binaries as they are
# Per database, on one fresh database: the national RIO, one delivery's p50/p99 over REST with no enrolment loaded
# (the preliminary funding status is in every answer), the enrolments through the bulk ingest, the same p50/p99 with
# the nation loaded; then the definitive runs of MBO 2028 (teldata 2026-10-01, 2027-02-01) and VO 2027 (2026-10-01)
# with wall time and peak memory (/usr/bin/time); the run's totals through Keten (stored when the run finished; the
# CLI's own clock around the read) beside a plain GROUP BY of the run's lines in psql/sqlite3 (the limit for grouping
# them at the moment of asking), and a plain GROUP BY over the register's own rows (enrolments funded on 2026-10-01). Writes bench/results/bekostiging-landelijk.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FRACTIE=${FRACTIE:-1}
OPLEIDINGEN=${OPLEIDINGEN:-60000}
P99_AANTAL=${P99_AANTAL:-500}
DOELEN=${DOELEN:-"sqlite postgres"}
BOUWEN=${BOUWEN:-1}
HERHALINGEN=5
SEED=42
WORK=$(mktemp -d /tmp/keten-bek-bench.XXXXXX)
chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"

KETEN=(dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll")
SERVER_DIR="$ROOT/src/Keten.Server/bin/Release/net10.0"
RESULTAAT="$ROOT/bench/results/bekostiging-landelijk.md"
START=$(date +%s)

if [[ $BOUWEN == 1 ]]; then
  stap "Release build"
  for p in src/Keten.Server src/Keten.Cli; do dotnet build "$ROOT/$p" -c Release -nologo -clp:ErrorsOnly >/dev/null; done
fi

[[ $DOELEN == *postgres* ]] && start_postgres 100 -c max_wal_size=4GB
SQLITE_DB="$WORK/keten.db"

p99() {
  local poort; poort=$(vrije_poort)
  start_proces "$WORK/$1-server.log" "Keten luistert op" dotnet "$SERVER_DIR/Keten.Server.dll" --contentRoot "$SERVER_DIR" \
    --urls "http://127.0.0.1:$poort" "--ConnectionStrings:Keten=$2" --Keten:Demo=false --Keten:Soap:Beveiliging:Modus=Uit "--Keten:ReferenceData=$3"
  local pid=${PIDS[-1]}
  python3 "$ROOT/bench/rod-p99.py" "http://127.0.0.1:$poort" "$P99_AANTAL" rest
  stop_proces "$pid"
}

# sql <doel> <statement>: runs it $HERHALINGEN times in the database's own client, prints the fastest in ms.
sql() {
  local i ms beste=""
  for i in $(seq 1 $HERHALINGEN); do
    if [[ $1 == postgres ]]; then
      ms=$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -d keten -qAt -c '\timing on' -c "$2" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p')
    else
      ms=$(printf '.timer on\n%s;\n' "$2" | sqlite3 "$SQLITE_DB" | sed -nE 's/^Run Time: real ([0-9.]+).*/\1/p' | awk '{ printf "%.1f", $1 * 1000 }')
    fi
    beste=$(awk -v a="$ms" -v b="$beste" 'BEGIN { print (b == "" || a < b) ? a : b }')
  done
  echo "$beste"
}

# totalen <connection> <run>: the fastest of $HERHALINGEN reads of the run's totals through Keten, in ms.
totalen() {
  local i ms beste=""
  for i in $(seq 1 $HERHALINGEN); do
    ms=$("${KETEN[@]}" bekostiging totalen --run "$2" --connection "$1" 2>&1 >/dev/null | sed -nE 's/.* in ([0-9.]+) ms/\1/p')
    beste=$(awk -v a="$ms" -v b="$beste" 'BEGIN { print (b == "" || a < b) ? a : b }')
  done
  echo "$beste"
}

# run <connection> <sector> <jaar> <log>: a definitive run; prints "seconds|peak MiB|the run's line".
run() {
  /usr/bin/time -f "maxrss %M wall %e" "${KETEN[@]}" bekostiging definitief --sector "$2" --jaar "$3" --connection "$1" >"$4" 2>&1 || { cat "$4" >&2; exit 1; }
  cat "$4" >&2
  echo "$(awk '/^maxrss/ { print $4 }' "$4")|$(awk '/^maxrss/ { printf "%.0f", $2 / 1024 }' "$4")|$(grep '^run ' "$4" | head -1)"
}

GROEP="brin, soort, teldatum, sector, leertraject, niveau"
RIJEN=()
REGELS=()
for doel in $DOELEN; do
  if [[ $doel == sqlite ]]; then CONN="Data Source=$SQLITE_DB"; else CONN="Host=127.0.0.1;Port=$PG_POORT;Database=keten;Username=postgres;Maximum Pool Size=16"; fi
  REF="$WORK/ref-$doel.json"
  stap "$doel: landelijke RIO ($OPLEIDINGEN aangeboden opleidingen)"
  "${KETEN[@]}" genereer landelijk --seed $SEED --opleidingen "$OPLEIDINGEN" --gelijktijdig 32 --referentiedata-uit "$REF" --connection "$CONN" >"$WORK/rio-$doel.log" 2>&1 \
    || { cat "$WORK/rio-$doel.log" >&2; exit 1; }
  stap "$doel: p99 van één levering zonder inschrijvingen"
  LEEG=$(p99 "$doel-leeg" "$CONN" "$REF"); echo "$LEEG" >&2
  stap "$doel: inschrijvingen (fractie $FRACTIE)"
  "${KETEN[@]}" genereer inschrijvingen --seed $SEED --opleidingen "$OPLEIDINGEN" --fractie "$FRACTIE" --connection "$CONN" >"$WORK/ins-$doel.log" 2>&1 \
    || { cat "$WORK/ins-$doel.log" >&2; exit 1; }
  INGEST=$(grep -E "^inschrijvingen " "$WORK/ins-$doel.log"); echo "$INGEST" >&2
  stap "$doel: p99 van één levering met het land geladen"
  LAND=$(p99 "$doel-land" "$CONN" "$REF"); echo "$LAND" >&2
  stap "$doel: definitieve run MBO 2028"
  MBO=$(run "$CONN" MBO 2028 "$WORK/run-mbo-$doel.log")
  stap "$doel: definitieve run VO 2027"
  VO=$(run "$CONN" VO 2027 "$WORK/run-vo-$doel.log")
  stap "$doel: totalen door Keten en dezelfde GROUP BY kaal"
  KETEN_MS=$(totalen "$CONN" 1)
  KAAL_MS=$(sql "$doel" "SELECT $GROEP, COUNT(*), SUM(CASE WHEN bekostigingsstatus THEN 1 ELSE 0 END), COALESCE(SUM(bijdrage_miljoensten), 0) FROM bek_regel WHERE run_id = 1 GROUP BY $GROEP ORDER BY $GROEP")
  REGISTER_MS=$(sql "$doel" "SELECT i.brin, p.leertraject, COUNT(*) FROM rod_inschrijving i JOIN rod_periode p ON p.versie = i.versie WHERE i.geregistreerd_tot IS NULL AND NOT i.verwijderd AND i.sector = 'MBO' AND i.datum_inschrijving <= 20261001 AND (i.datum_uitschrijving_werkelijk IS NULL OR i.datum_uitschrijving_werkelijk >= 20261001) AND p.datum_begin <= 20261001 AND (p.datum_eind IS NULL OR p.datum_eind > 20261001) AND p.indicatie_bekostigbaar GROUP BY i.brin, p.leertraject")
  RIJEN+=("| $doel | $(sed -E 's/.*: ([0-9]+) in .*/\1/' <<<"$INGEST") | ${MBO%%|*} | $(cut -d'|' -f2 <<<"$MBO") | ${VO%%|*} | $(cut -d'|' -f2 <<<"$VO") | $KETEN_MS | $KAAL_MS | $(awk -v a="$KETEN_MS" -v b="$KAAL_MS" 'BEGIN { printf "%.2f", a / b }') | $REGISTER_MS | $(sed -E 's/.*"p50": ([0-9.]+).*/\1/' <<<"$LEEG") / $(sed -E 's/.*"p99": ([0-9.]+).*/\1/' <<<"$LEEG") | $(sed -E 's/.*"p50": ([0-9.]+).*/\1/' <<<"$LAND") / $(sed -E 's/.*"p99": ([0-9.]+).*/\1/' <<<"$LAND") |")
  REGELS+=("$doel: $INGEST" "$doel: MBO ${MBO##*|}" "$doel: VO ${VO##*|}" "$doel: REST zonder inschrijvingen $LEEG" "$doel: REST met het land $LAND")
done

{
  echo "Run: \`bench/bekostiging-landelijk.sh\` (FRACTIE=$FRACTIE, OPLEIDINGEN=$OPLEIDINGEN), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg); whole run $(( $(date +%s) - START )) s."
  echo
  echo "| doel | inschrijvingen | run MBO 2028 s | piek MiB | run VO 2027 s | piek MiB | totalen Keten ms | zelfde GROUP BY kaal ms | × kaal | GROUP BY register ms | levering leeg p50 / p99 ms | levering land p50 / p99 ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${RIJEN[@]}"
  echo
  echo "What each step printed:"
  echo
  printf -- '- %s\n' "${REGELS[@]}"
} >"$RESULTAAT"
cat "$RESULTAAT"
