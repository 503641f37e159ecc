#!/usr/bin/env bash
# VSV over the nation's enrolments (docs/vsv.md, "Measured"): on one fresh SQLite database the national RIO and the
# enrolments (as bench/rod-landelijk.sh loads them), then `keten vsv rapport --peiljaar 2026` for the nation, timed with
# its peak memory (maximum RSS, /usr/bin/time). The generated reference data has no RMC regions, so there is one region.
#   FRACTIE=0.1 bench/vsv-landelijk.sh      # 145 k enrolments
#   FRACTIE=1 bench/vsv-landelijk.sh        # the nation's 1.45 M
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FRACTIE=${FRACTIE:-0.1}
OPLEIDINGEN=${OPLEIDINGEN:-2000}
SEED=42
WORK=$(mktemp -d /tmp/keten-vsv-bench.XXXXXX)
source "$ROOT/bench/gemeenschappelijk.sh"
KETEN=(dotnet "$ROOT/src/Keten.Cli/bin/Release/net10.0/keten.dll")
SQLITE="Data Source=$WORK/keten.db"

stap "Release build"
dotnet build "$ROOT/src/Keten.Cli" -c Release -nologo -clp:ErrorsOnly >/dev/null
stap "Landelijke RIO ($OPLEIDINGEN aangeboden opleidingen)"
"${KETEN[@]}" genereer landelijk --seed $SEED --opleidingen "$OPLEIDINGEN" --referentiedata-uit "$WORK/ref.json" --connection "$SQLITE" >"$WORK/rio.log" 2>&1
stap "Inschrijvingen (fractie $FRACTIE)"
"${KETEN[@]}" genereer inschrijvingen --seed $SEED --opleidingen "$OPLEIDINGEN" --fractie "$FRACTIE" --connection "$SQLITE" | tail -1
stap "keten vsv rapport --peiljaar 2026 (the nation)"
/usr/bin/time -f "%e s, maxrss %M KiB" "${KETEN[@]}" vsv rapport --peiljaar 2026 --svg "$WORK/vsv.svg" --uit "$WORK/vsv.json" --connection "$SQLITE" >"$WORK/vsv.txt"
head -3 "$WORK/vsv.txt"; ls -l "$WORK/vsv.svg" "$WORK/vsv.json" | awk '{ print $5, $9 }'
