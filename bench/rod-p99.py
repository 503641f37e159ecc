"""One enrolment delivery's latency over REST (POST /api/rod/inschrijvingen) with the nation loaded, beside the bare endpoint.

Usage: rod-p99.py <url> <aantal> [kaal]. One client, one request at a time on one kept-alive connection: the latency of
one delivery, not a throughput. Each request is a new MBO enrolment (BOL, MBO-4) for a fresh person at the first MBO
institution of the national data set (board 200B000, BRIN 10AA, aanbieder 200A000), so every one passes every rule
and is committed durably. Persons are BSNs 98nnnnnnc: synthetic, valid 11-proef, apart from the nation's 9-prefixed
ones. With "kaal" the same requests go to the bare endpoint (bench/Keten.Bench.Kaal). Prints one JSON line.
"""
import http.client
import json
import sys
import time
import urllib.parse
import uuid


def bsn(n):
    basis = "98" + str(n).zfill(6)
    for c in range(10):
        nummer = basis + str(c)
        som = sum((9 - i) * int(nummer[i]) for i in range(8)) - int(nummer[8])
        if som % 11 == 0:
            return nummer
    return None


def main(url, aantal, kaal):
    doel = urllib.parse.urlparse(url)
    verbinding = http.client.HTTPConnection(doel.hostname, doel.port)
    latenties, fouten, n = [], 0, int(time.time()) % 100000 * 7
    for _ in range(aantal + aantal // 10):
        nummer = None
        while nummer is None:
            n += 1
            nummer = bsn(n % 1000000)
        lichaam = json.dumps({
            "sector": "MBO", "brin": "10AA", "persoon": {"soort": "Bsn", "waarde": nummer}, "inschrijvingvolgnummer": "1",
            "datumInschrijving": "2026-08-01", "datumUitschrijvingGepland": "2029-07-31", "datumUitschrijvingWerkelijk": None,
            "hoogsteVooropleiding": "03", "redenUitstroom": None,
            "perioden": [{"datumBegin": "2026-08-01", "opleidingcode": "23003", "niveau": None, "indicatieBekostigbaar": True,
                          "onderwijsaanbiedercode": "200A000", "leertraject": "BOL"}],
            "bpvs": [], "diplomas": []})
        kop = {"Content-Type": "application/json", "Keten-Afzender-OIN": "00000001990000000000", "Keten-Bedrijfsdocument-Id": str(uuid.uuid4())}
        begin = time.perf_counter()
        verbinding.request("POST", "/api/rod/inschrijvingen", body=lichaam, headers=kop)
        antwoord = verbinding.getresponse()
        tekst = antwoord.read()
        duur = (time.perf_counter() - begin) * 1000
        if antwoord.status != 200 and not kaal:
            fouten += 1
            if fouten <= 3:
                print(antwoord.status, tekst[:300], file=sys.stderr)
        latenties.append(duur)
    gemeten = sorted(latenties[aantal // 10:])  # the first tenth warms up
    rang = lambda p: gemeten[min(len(gemeten) - 1, max(0, int(-(-p * len(gemeten) // 100)) - 1))]
    print(json.dumps({"doel": "kaal" if kaal else "keten", "n": len(gemeten), "p50": round(rang(50), 2), "p99": round(rang(99), 2),
                      "max": round(gemeten[-1], 2), "fouten": fouten}))
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), len(sys.argv) > 3 and sys.argv[3] == "kaal"))
