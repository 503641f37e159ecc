#!/usr/bin/env bash
# Peak memory of a Release Keten server for one SOAP request: docs/benchmarks.md "Memory per request".
#
# usage: bench/geheugen-per-verzoek.sh <published server folder> <body.xml>...
#   dotnet publish src/Keten.Server -c Release -o /tmp/keten-release
#   KETEN_GROOTSTE_BERICHT=/tmp/grootste.xml dotnet test tests/Keten.Server.Tests --filter GrootsteBerichtTests
#   bench/soap-bericht-van-grootte.py /tmp/grootste.xml 26214400 /tmp/25mb.xml
#   bench/geheugen-per-verzoek.sh /tmp/keten-release /tmp/grootste.xml /tmp/25mb.xml
#
# KETEN_BENCH_ARGS adds server arguments (e.g. --Keten:Soap:MaxBerichtgrootte=31457280).
# Per body a fresh server (SQLite, no demo content) gets one small warm-up request, then the body. Reported: peak
# resident memory (VmHWM) after the warm-up and after the body, their difference, and the answer's faultcode.
set -euo pipefail
server=$1; shift
poort=${KETEN_BENCH_POORT:-5099}
action=http://duo.nl/contract/DUO_RIO_Beheren_OnderwijsOrganisatie_V4/aanleveren_aangebodenOpleiding
warmup=$(mktemp)
cat > "$warmup" <<'XML'
<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body/></soapenv:Envelope>
XML

post() {
  curl -s -o "$2" -w '%{http_code}' -H 'Content-Type: text/xml;charset=UTF-8' -H "SOAPAction: \"$action\"" \
    --data-binary "@$1" "http://127.0.0.1:$poort/RIO/services/beheren4.0" || true
}

hwm() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }

printf '%-28s %12s %10s %10s %10s  %s\n' body bytes 'idle MB' 'peak MB' 'delta MB' answer
for body in "$@"; do
  db=$(mktemp -u --suffix .db)
  dotnet "$server/Keten.Server.dll" --urls "http://127.0.0.1:$poort" --Keten:Demo=false --Keten:Soap:Beveiliging:Modus=Uit \
    "--ConnectionStrings:Keten=Data Source=$db" --Logging:LogLevel:Default=Warning ${KETEN_BENCH_ARGS:-} > /dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$poort/RIO/services/beheren4.0?wsdl"; do
    kill -0 $pid 2>/dev/null || { echo "server $server did not start" >&2; exit 1; }
    sleep 0.2
  done
  post "$warmup" /dev/null > /dev/null
  idle=$(hwm $pid)
  antwoord=$(mktemp)
  status=$(post "$body" "$antwoord")
  sleep 0.5
  piek=$(hwm $pid)
  code=$(grep -o '<faultcode>[^<]*' "$antwoord" | sed 's/<faultcode>//' || true)
  printf '%-28s %12s %10.1f %10.1f %10.1f  %s %s\n' "$(basename "$body")" "$(stat -c %s "$body")" \
    "$(echo "$idle/1024" | bc -l)" "$(echo "$piek/1024" | bc -l)" "$(echo "($piek-$idle)/1024" | bc -l)" "$status" "${code:-ok}"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$db" "$db"-* "$antwoord"
done
rm -f "$warmup"
