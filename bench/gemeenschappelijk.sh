# Sourced by bench/run.sh and bench/rod-landelijk.sh after they set ROOT and WORK: the processes a benchmark starts
# (stopped on exit), a throwaway durable PostgreSQL 15 cluster in $WORK/pg, and small helpers.
PIDS=()
PG_BIN=/usr/lib/postgresql/15/bin
PG_DATA="$WORK/pg/data"
ALS_POSTGRES=()
[[ $(id -u) == 0 ]] && ALS_POSTGRES=(runuser -u postgres --)

opruimen() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -f "$PG_DATA/postmaster.pid" ]]; then
    "${ALS_POSTGRES[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap opruimen EXIT
# On a signal, end the foreground measurement first: bash runs the trap only when its child has finished.
trap 'pkill -TERM -P $$ 2>/dev/null; exit 130' INT TERM

# The load generator in open loop (a fixed rate below what it can send) runs without the thread pool's spinning: its idle
# workers otherwise spin between requests, 0.3 of the two cores at 300-700 msg/s (2.8-3.5 s of CPU per 10 s at 700,
# 1.5-1.6 s without), taken from the server under test (docs/benchmarks.md, "Who uses the two cores at a fixed rate").
OPEN_LUS=(env DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0)

# Optional CPU sets (`taskset -c` lists) for a machine with cores to spare, so that the load generator, the servers
# under test (Keten's and the bare endpoint, on the same cores) and PostgreSQL each run on cores of their own, as in the
# production shape: CPUS_LAST=0-1 CPUS_PG=2-3 CPUS_SERVER=4-7 bench/run.sh. Unset, every process may use every core.
PIN_LAST=(); PIN_SERVER=(); PIN_PG=()
[[ -n ${CPUS_LAST:-} ]] && PIN_LAST=(taskset -c "$CPUS_LAST")
[[ -n ${CPUS_SERVER:-} ]] && PIN_SERVER=(taskset -c "$CPUS_SERVER")
[[ -n ${CPUS_PG:-} ]] && PIN_PG=(taskset -c "$CPUS_PG")
# The load generator (bench/Keten.Bench.Last, Release), on its CPU set.
LAST=("${PIN_LAST[@]}" dotnet "$ROOT/bench/Keten.Bench.Last/bin/Release/net10.0/keten-bench-last.dll")
# cpu_sets: how the run was pinned, for a results header.
cpu_sets() {
  if [[ -z ${CPUS_LAST:-}${CPUS_SERVER:-}${CPUS_PG:-} ]]; then echo "no CPU pinning"; return; fi
  echo "CPU sets: load generator ${CPUS_LAST:-all}, servers ${CPUS_SERVER:-all}, PostgreSQL ${CPUS_PG:-all}"
}

stap() { echo "== $(date +%H:%M:%S) $*" >&2; }

# Below Linux's ephemeral range (32768-60999), which the load generator's own connections take their ports from.
vrije_poort() {
  local p
  while true; do
    p=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
}

# start_proces <log> <wacht-op-tekst> <commando…>: starts in the background, waits until the log shows the text.
start_proces() {
  local log=$1 tekst=$2; shift 2
  "$@" >"$log" 2>&1 &
  PIDS+=($!)
  local pid=$! i
  for i in $(seq 1 600); do
    grep -q "$tekst" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "proces stopte: $*" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "start duurde te lang: $*" >&2; tail -20 "$log" >&2; exit 1
}

# cpu_ticks <pid…>: CPU clock ticks (user and system) of these processes and of their reaped children, from /proc.
cpu_ticks() {
  local t=0 p
  for p in "$@"; do t=$((t + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$t"
}

# cpu_seconden <ticks>: those ticks as seconds, one decimal.
cpu_seconden() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'; }

stop_proces() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# start_postgres <max_connections> [extra -c settings…]: fsync, synchronous_commit and full_page_writes on, a database
# "keten"; sets PG_POORT.
start_postgres() {
  local verbindingen=$1; shift
  stap "PostgreSQL 15 (fsync=on, synchronous_commit=on) in $WORK/pg"
  mkdir -p "$WORK/pg"
  [[ $(id -u) == 0 ]] && chown postgres:postgres "$WORK/pg"
  PG_POORT=$(vrije_poort)
  "${ALS_POSTGRES[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  "${PIN_PG[@]}" "${ALS_POSTGRES[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/postgres.log" -w -t 60 -o \
    "-p $PG_POORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=$verbindingen -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c shared_buffers=256MB $*" \
    start >/dev/null
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -qc "CREATE DATABASE keten" postgres
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -Atc "SHOW fsync; SHOW synchronous_commit" postgres | tr '\n' ' ' >&2; echo >&2
}

# rio_op_postgres <opleidingen>: start_postgres, then the national RIO of seed 42 generated into it (its reference data
# in $WORK/ref.json), vacuumed and analysed as a running system's would be. Sets PG (pool of 16) and DATA.
rio_op_postgres() {
  DATA=(--seed 42 --opleidingen "$1")
  start_postgres 100
  PG="Host=127.0.0.1;Port=$PG_POORT;Database=keten;Username=postgres;Maximum Pool Size=16"
  dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll" genereer landelijk "${DATA[@]}" --gelijktijdig 32 \
    --referentiedata-uit "$WORK/ref.json" --connection "$PG" >"$WORK/rio.log" 2>&1
  # What autovacuum would otherwise do during the first measurement (it took that one from ~800 to 19 msg/s).
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U postgres -qc "VACUUM (ANALYZE)" -c "CHECKPOINT" keten
}

# start_server_op_postgres <poort> [VAR=waarde…]: the Keten server in $SERVER_DIR on $PG, without demo data or message
# security, with these environment variables; its pid is ${PIDS[-1]}.
start_server_op_postgres() {
  local poort=$1; shift
  start_proces "$WORK/server.log" "Keten luistert op" env "$@" "${PIN_SERVER[@]}" dotnet "$SERVER_DIR/Keten.Server.dll" --contentRoot "$SERVER_DIR" \
    --urls "http://127.0.0.1:$poort" "--ConnectionStrings:Keten=$PG" --Keten:Demo=false --Keten:Soap:Beveiliging:Modus=Uit "--Keten:ReferenceData=$WORK/ref.json"
}
