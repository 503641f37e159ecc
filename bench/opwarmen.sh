#!/usr/bin/env bash
# How long a fresh Keten server needs before it runs at full speed: one throwaway durable PostgreSQL cluster with the
# national RIO, then per warm-up W (alternating, RONDES times) a freshly started server and one closed-loop
# aanleveren_aangebodenOpleiding measurement of 15 s after W seconds of the same load. Per measurement also the CPU
# seconds of Keten and of PostgreSQL over its last 10 s.
#   bench/opwarmen.sh                                      # W = 20 and 60 s, 6,000 offerings, two rounds
#   OPWARMEN="20 60 120" OPLEIDINGEN=60000 bench/opwarmen.sh
#   OMGEVING="DOTNET_TieredPGO=0" bench/opwarmen.sh        # runtime settings of the server
#   SERVER_DIR=/tmp/r2r bench/opwarmen.sh                  # another build of the server (dotnet publish … -o /tmp/r2r)
# Needs the Release build of bench/run.sh. docs/benchmarks.md ("Where the time goes") quotes its figures.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OPWARMEN=${OPWARMEN:-"20 60"}; OPLEIDINGEN=${OPLEIDINGEN:-6000}; RONDES=${RONDES:-2}; CLIENTS=${CLIENTS:-64}
WORK=$(mktemp -d /tmp/keten-opwarmen.XXXXXX); chmod 755 "$WORK"
source "$ROOT/bench/gemeenschappelijk.sh"
SERVER_DIR=${SERVER_DIR:-"$ROOT/src/Keten.Server/bin/Release/net10.0"}
rio_op_postgres "$OPLEIDINGEN"

for ronde in $(seq 1 "$RONDES"); do
  for w in $OPWARMEN; do
    poort=$(vrije_poort)
    # shellcheck disable=SC2086 # OMGEVING is a list of VAR=waarde pairs
    start_server_op_postgres "$poort" ${OMGEVING:-}
    server=${PIDS[-1]}
    "${LAST[@]}" aanleveren --doel "opwarmen-$w" --url "http://127.0.0.1:$poort" --clients "$CLIENTS" --opwarmen "$w" --duur 15 "${DATA[@]}" --uit "$WORK/r.jsonl" >/dev/null &
    last=$!
    sleep $((w + 5))
    # shellcheck disable=SC2046 # one pid per word
    k=$(cpu_ticks "$server"); p=$(cpu_ticks $(pgrep -u postgres))
    sleep 10
    # shellcheck disable=SC2046
    k=$(( $(cpu_ticks "$server") - k )); p=$(( $(cpu_ticks $(pgrep -u postgres)) - p ))
    wait $last
    msg=$(tail -1 "$WORK/r.jsonl" | sed 's/.*"msgPerS":\([0-9.]*\).*/\1/')
    p99=$(tail -1 "$WORK/r.jsonl" | sed 's/.*"p99Ms":\([0-9.]*\).*/\1/')
    echo "ronde $ronde, opwarmen ${w} s: $(printf '%.0f' "$msg") msg/s, p99 $(printf '%.1f' "$p99") ms; cpu over 10 s: Keten $(cpu_seconden "$k") s, PostgreSQL $(cpu_seconden "$p") s"
    stop_proces "$server"
  done
done
