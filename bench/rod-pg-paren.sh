#!/usr/bin/env bash
# Variants of the ROD bulk ingest on PostgreSQL side by side (ADR 0025): one throwaway cluster, the national RIO generated
# once, then per variant a fresh copy of that database (CREATE DATABASE … TEMPLATE) and `keten genereer inschrijvingen`
# under /usr/bin/time, with PostgreSQL's CPU over the run (the postmaster's own and its reaped backends', from /proc).
#   FRACTIE=0.3 OPLEIDINGEN=60000 bench/rod-pg-paren.sh                      # the ingest beside its storage limit
#   VARIANTEN="basis:X=1 servergc:DOTNET_gcServer=1" RONDES=2 bench/rod-pg-paren.sh  # environment variants, alternating
#   VARIANTEN="nieuw:X=1 oud:KETEN_CLI=/tmp/oud/src/Keten.Cli/bin/Release/net10.0" bench/rod-pg-paren.sh  # two builds
#   VARIANTEN="g2:GELIJKTIJDIG=2 g4:GELIJKTIJDIG=4" bench/rod-pg-paren.sh   # chunks at once (--gelijktijdig, default 2)
#   STATS=1 bench/rod-pg-paren.sh                                           # and pg_stat_statements' top statements
#   PGEXTRA="-c shared_buffers=2GB" bench/rod-pg-paren.sh                   # other cluster settings
#   PGEXTRA="-c shared_preload_libraries=auto_explain -c auto_explain.log_min_duration=150 -c auto_explain.log_analyze=on" \
#     PGLOG=/tmp/plannen.log bench/rod-pg-paren.sh                          # slow plans, in the server log kept as PGLOG
# A variant is naam:VAR=waarde[,VAR=waarde]; a name starting with "limiet" runs --modus opslaglimiet. Needs a Release
# build of src/Keten.Cli (bench/run.sh makes one).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FRACTIE=${FRACTIE:-0.1}; OPLEIDINGEN=${OPLEIDINGEN:-2000}; RONDES=${RONDES:-1}
VARIANTEN=${VARIANTEN:-"basis:X=1 limiet:X=1"}
WORK=$(mktemp -d /tmp/keten-rodparen.XXXXXX); chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"
KETEN=(dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll")
EXTRA=()
[[ -n ${STATS:-} ]] && EXTRA=(-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c pg_stat_statements.track_planning=on)
# shellcheck disable=SC2086 # PGEXTRA is a list of -c settings
start_postgres 100 -c max_wal_size=4GB "${EXTRA[@]}" ${PGEXTRA:-}
PGB="Host=127.0.0.1;Port=$PG_POORT;Username=postgres;Maximum Pool Size=16"
psql_() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres "$@"; }
"${KETEN[@]}" genereer landelijk --seed 42 --opleidingen "$OPLEIDINGEN" --gelijktijdig 32 --referentiedata-uit "$WORK/ref.json" \
  --connection "$PGB;Database=keten" >"$WORK/rio.log" 2>&1

# shellcheck disable=SC2046 # one pid per word
pg_ticks() { cpu_ticks $(pgrep -u postgres); }

n=0
for ronde in $(seq 1 "$RONDES"); do
  for variant in $VARIANTEN; do
    naam=${variant%%:*}; omgeving=${variant#*:}; omgeving=${omgeving//,/ }
    n=$((n + 1)); db=k$n
    psql_ -qc "CREATE DATABASE $db TEMPLATE keten" postgres
    [[ -n ${STATS:-} ]] && psql_ -qc "CREATE EXTENSION pg_stat_statements; SELECT pg_stat_statements_reset()" "$db" >/dev/null
    modus=(); [[ $naam == limiet* ]] && modus=(--modus opslaglimiet)
    cli=("${KETEN[@]}")
    [[ $omgeving =~ KETEN_CLI=([^ ]+) ]] && cli=(dotnet "${BASH_REMATCH[1]}/keten.dll")
    [[ $omgeving =~ GELIJKTIJDIG=([0-9]+) ]] && modus+=(--gelijktijdig "${BASH_REMATCH[1]}")
    voor=$(pg_ticks)
    # shellcheck disable=SC2086 # the variant's VAR=waarde pairs
    uit=$({ /usr/bin/time -f "wall %e s, user %U s, sys %S s" env $omgeving "${cli[@]}" genereer inschrijvingen --seed 42 \
      --opleidingen "$OPLEIDINGEN" --fractie "$FRACTIE" --connection "$PGB;Database=$db" "${modus[@]}"; } 2>&1 | grep -v '^\[' | tail -2 | tr '\n' ' ')
    echo "$naam (ronde $ronde): $uit; PostgreSQL cpu $(cpu_seconden $(( $(pg_ticks) - voor ))) s"
    if [[ -n ${STATS:-} ]]; then
      psql_ -P pager=off -c "SELECT round(total_exec_time) ms, round(total_plan_time) plan_ms, calls, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 100) query
        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        ORDER BY total_exec_time + total_plan_time DESC LIMIT 20" "$db"
      psql_ -Atc "SELECT 'all statements: ' || round(sum(total_exec_time)) || ' ms executing, ' || round(sum(total_plan_time)) || ' ms planning'
        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())" "$db"
    fi
  done
done
[[ -n ${PGLOG:-} ]] && cp "$WORK/pg/postgres.log" "$PGLOG"
exit 0
