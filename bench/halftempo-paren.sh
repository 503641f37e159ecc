#!/usr/bin/env bash
# Variants of the server's runtime settings and of PostgreSQL's settings side by side for the half-rate target: one
# throwaway durable PostgreSQL cluster with the national RIO, then per variant (alternating, RONDES times) a freshly
# started server, VERWARMEN s of unmeasured closed-loop load, one closed-loop measurement (the maximum) and one
# open-loop measurement at half that maximum, with Keten's and PostgreSQL's CPU seconds and PostgreSQL's WAL syncs per
# delivery over the half-rate measurement.
#   bench/halftempo-paren.sh
#   VARIANTEN="basis|| spin0|DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0|" bench/halftempo-paren.sh
#   VARIANTEN="basis|| cd||commit_delay=200,commit_siblings=2" …      # name|server environment|PostgreSQL settings
#   VARIANTEN="pool16||| pool4|||4" bench/halftempo-paren.sh              # …|the server's Maximum Pool Size (default 16)
#   OPLEIDINGEN=60000 RONDES=3 bench/halftempo-paren.sh
#   TELLERS=1 bench/halftempo-paren.sh   # and the server's own request durations and GC pauses (needs dotnet-counters:
#                                        # dotnet tool install -g dotnet-counters)
# A variant is name|VAR=waarde,…|setting=waarde,…[|pool]; PostgreSQL settings are applied with ALTER SYSTEM and a reload.
# Needs the Release build of bench/run.sh. docs/benchmarks.md ("Where the time goes") quotes its figures.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VARIANTEN=${VARIANTEN:-"basis||"}; OPLEIDINGEN=${OPLEIDINGEN:-6000}; RONDES=${RONDES:-2}; CLIENTS=${CLIENTS:-64}
VERWARMEN=${VERWARMEN:-60}; DUUR=${DUUR:-15}
# A new load generator process pauses once some 4-5 s after its start (a 0.2 s stall seen at 50 and 300 msg/s alike):
# the open loop's own warm-up keeps that out of the measurement.
OPWARMEN_HALF=${OPWARMEN_HALF:-10}
WORK=$(mktemp -d /tmp/keten-halftempo.XXXXXX); chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"
SERVER_DIR=${SERVER_DIR:-"$ROOT/src/Keten.Server/bin/Release/net10.0"}
rio_op_postgres "$OPLEIDINGEN"
PG_BASIS=$PG
psql_keten() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -qAt "$@" keten; }

# server_tellers <csv>: dotnet-counters' per-second p50 and p99 of http.server.request.duration (median and worst
# second) and the GC's pause time per second.
server_tellers() {
  awk -F, '/request.duration/ && /Percentile=50\]/ { p50[n50++] = $NF * 1000 }
    /request.duration/ && /Percentile=99\]/ { p99[n99++] = $NF * 1000 }
    /gc.pause.time/ { gc += $NF * 1000; ngc++ }
    function mediaan(a, n,   i, j, t) { for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }; return a[int(n / 2)] }
    END { printf "p50 %.1f ms, p99 %.1f ms (worst second %.1f ms), GC pauses %.1f ms/s", mediaan(p50, n50), mediaan(p99, n99), p99[n99 - 1], gc / (ngc ? ngc : 1) }' "$1"
}

# trage_momenten <tijdlijn>: are the requests over 20 ms spread over the run (queueing) or bunched (a stall)? Counts
# them per 100 ms of due time, and names the worst windows.
trage_momenten() {
  grep -v "^#" "$1" | awk '{ v = int($1 * 10); n[v]++; if ($2 > 20) t[v]++; if ($2 > m[v]) m[v] = $2 }
    END { for (v in n) printf "%d %.1f %.0f\n", t[v], v / 10, m[v] }' | sort -nr >"$1.vensters"
  awk '{ traag += $1; if ($1) metTraag++ } END { printf "over 20 ms: %d requests in %d of %d windows of 100 ms; worst:", traag, metTraag, NR }' "$1.vensters"
  head -3 "$1.vensters" | awk '{ printf " at %s s %d (max %s ms)", $2, $1, $3 }'
}

veld() { tail -1 "$WORK/r.jsonl" | sed "s/.*\"$1\":\([0-9.]*\).*/\1/"; }

for ronde in $(seq 1 "$RONDES"); do
  for variant in $VARIANTEN; do
    IFS='|' read -r naam omgeving instellingen pool <<<"$variant"
    psql_keten -c "ALTER SYSTEM RESET ALL"
    for instelling in ${instellingen//,/ }; do psql_keten -c "ALTER SYSTEM SET ${instelling%%=*} = '${instelling#*=}'"; done
    psql_keten -c "SELECT pg_reload_conf()" >/dev/null
    poort=$(vrije_poort)
    # shellcheck disable=SC2086 # omgeving is a list of VAR=waarde pairs
    PG=${PG_BASIS//Maximum Pool Size=16/Maximum Pool Size=${pool:-16}} start_server_op_postgres "$poort" ${omgeving//,/ }
    server=${PIDS[-1]}
    url=(--url "http://127.0.0.1:$poort")
    "${LAST[@]}" aanleveren --doel verwarmen "${url[@]}" --clients "$CLIENTS" --opwarmen 0 --duur "$VERWARMEN" "${DATA[@]}" >/dev/null
    "${LAST[@]}" aanleveren --doel "$naam-max" "${url[@]}" --clients "$CLIENTS" --opwarmen 5 --duur "$DUUR" "${DATA[@]}" --uit "$WORK/r.jsonl" >/dev/null
    max=$(veld msgPerS)
    half=$(awk -v m="$max" 'BEGIN { printf "%.0f", m / 2 }')
    "${OPEN_LUS[@]}" "${LAST[@]}" aanleveren --doel "$naam-half" "${url[@]}" --clients "$CLIENTS" --tempo "$half" --opwarmen "$OPWARMEN_HALF" --duur "$DUUR" "${DATA[@]}" --uit "$WORK/r.jsonl" \
      --tijdlijn "$WORK/tijdlijn-$naam-$ronde.txt" >/dev/null &
    last=$!
    sleep $((OPWARMEN_HALF + 1))
    if [[ -n ${TELLERS:-} ]]; then
      ~/.dotnet/tools/dotnet-counters collect -p "$server" --refresh-interval 1 --format csv -o "$WORK/tellers.csv" \
        --duration "00:00:$((DUUR - 3))" --counters "Microsoft.AspNetCore.Hosting[http.server.request.duration],System.Runtime[dotnet.gc.pause.time]" >/dev/null &
      tellers=$!
    fi
    # shellcheck disable=SC2046 # one pid per word
    k=$(cpu_ticks "$server"); p=$(cpu_ticks $(pgrep -u postgres)); s=$(psql_keten -c "SELECT wal_sync FROM pg_stat_wal")
    sleep 10
    # shellcheck disable=SC2046
    k=$(( $(cpu_ticks "$server") - k )); p=$(( $(cpu_ticks $(pgrep -u postgres)) - p )); s=$(( $(psql_keten -c "SELECT wal_sync FROM pg_stat_wal") - s ))
    wait $last
    syncs=$(awk -v s="$s" -v h="$half" 'BEGIN { printf "%.2f", s / (h * 10) }')
    echo "ronde $ronde, $naam: max $(printf '%.0f' "$max") msg/s; at $half msg/s p50 $(printf '%.1f' "$(veld p50Ms)") ms, p99 $(printf '%.1f' "$(veld p99Ms)") ms; cpu over 10 s: Keten $(cpu_seconden "$k") s, PostgreSQL $(cpu_seconden "$p") s; WAL syncs per delivery $syncs"
    echo "  $(trage_momenten "$WORK/tijdlijn-$naam-$ronde.txt")"
    [[ -n ${TELLERS:-} ]] && wait "$tellers" && echo "  in the server, per second: $(server_tellers "$WORK/tellers.csv")"
    stop_proces "$server"
  done
done
