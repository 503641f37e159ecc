"""One enrolment delivery's latency with the nation loaded: over REST (POST /api/rod/inschrijvingen), over SOAP
(toevoegen_inschrijving on POST /ROD/services/inschrijvingen1.0), beside the bare endpoint.

Usage: rod-p99.py <url> <aantal> [rest|soap|kaal]. One client, one request at a time on one kept-alive connection: the latency of
one delivery, not a throughput. Each request is a new MBO enrolment (BOL, MBO-4) for a fresh person at the first MBO
institution of the national data set (board 200B000, BRIN 10AA, aanbieder 200A000), so every one passes every rule
and is committed durably. Persons are BSNs 98nnnnnnc (REST) and 97nnnnnnc (SOAP): synthetic, valid 11-proef, apart from the
nation's 9-prefixed ones. The SOAP request carries the same enrolment, sent by the same board (wsa:From its OIN). With "kaal" the REST
requests go to the bare endpoint (bench/Keten.Bench.Kaal). Prints one JSON line.
"""
import http.client
import json
import sys
import time
import urllib.parse
import uuid


def bsn(n, voorvoegsel):
    basis = voorvoegsel + str(n).zfill(6)
    for c in range(10):
        nummer = basis + str(c)
        som = sum((9 - i) * int(nummer[i]) for i in range(8)) - int(nummer[8])
        if som % 11 == 0:
            return nummer
    return None


AFZENDER_OIN = "00000001990000000000"
SOAP_ACTIE = "http://duo.nl/contract/DUO_ROD_Inschrijvingen_V1/toevoegen_inschrijving"
SOAP = """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsa="http://www.w3.org/2005/08/addressing" \
xmlns:rod="http://duo.nl/schema/DUO_ROD_Inschrijvingen_V1"><soapenv:Header><wsa:Action>{actie}</wsa:Action>\
<wsa:From><wsa:Address>http://www.w3.org/2005/08/addressing/anonymous?oin={oin}</wsa:Address></wsa:From>\
<wsa:MessageID>urn:uuid:{bericht}</wsa:MessageID><wsa:To>https://duo.nl/ROD/services/inschrijvingen1.0?oin=00000001800866472000</wsa:To>\
</soapenv:Header><soapenv:Body><rod:toevoegen_inschrijving_request><rod:identificatiecodeBedrijfsdocument>{document}</rod:identificatiecodeBedrijfsdocument>\
<rod:verzendendeInstantie>200B000</rod:verzendendeInstantie><rod:ontvangendeInstantie>DUO</rod:ontvangendeInstantie>\
<rod:datumTijdBedrijfsdocument>2026-08-03T09:00:00.000Z</rod:datumTijdBedrijfsdocument><rod:inschrijving><rod:brin>10AA</rod:brin>\
<rod:burgerservicenummer>{bsn}</rod:burgerservicenummer><rod:inschrijvingvolgnummer>1</rod:inschrijvingvolgnummer><rod:sector>MBO</rod:sector>\
<rod:datumInschrijving>2026-08-01</rod:datumInschrijving><rod:datumUitschrijvingGepland>2029-07-31</rod:datumUitschrijvingGepland>\
<rod:hoogsteVooropleiding>03</rod:hoogsteVooropleiding><rod:inschrijvingsperiode><rod:datumBegin>2026-08-01</rod:datumBegin>\
<rod:opleidingcode>23003</rod:opleidingcode><rod:leertraject>BOL</rod:leertraject><rod:indicatieBekostigbaar>true</rod:indicatieBekostigbaar>\
<rod:onderwijsaanbiedercode>200A000</rod:onderwijsaanbiedercode></rod:inschrijvingsperiode></rod:inschrijving>\
</rod:toevoegen_inschrijving_request></soapenv:Body></soapenv:Envelope>"""


def rest_verzoek(nummer):
    lichaam = json.dumps({
        "sector": "MBO", "brin": "10AA", "persoon": {"soort": "Bsn", "waarde": nummer}, "inschrijvingvolgnummer": "1",
        "datumInschrijving": "2026-08-01", "datumUitschrijvingGepland": "2029-07-31", "datumUitschrijvingWerkelijk": None,
        "hoogsteVooropleiding": "03", "redenUitstroom": None,
        "perioden": [{"datumBegin": "2026-08-01", "opleidingcode": "23003", "niveau": None, "indicatieBekostigbaar": True,
                      "onderwijsaanbiedercode": "200A000", "leertraject": "BOL"}],
        "bpvs": [], "diplomas": []})
    kop = {"Content-Type": "application/json", "Keten-Ontwikkel-OIN": AFZENDER_OIN, "Keten-Bedrijfsdocument-Id": str(uuid.uuid4())}
    return "/api/rod/inschrijvingen", lichaam, kop


def soap_verzoek(nummer):
    lichaam = SOAP.format(actie=SOAP_ACTIE, oin=AFZENDER_OIN, bericht=uuid.uuid4(), document=uuid.uuid4(), bsn=nummer)
    return "/ROD/services/inschrijvingen1.0", lichaam, {"Content-Type": "text/xml;charset=UTF-8", "SOAPAction": SOAP_ACTIE}


def geslaagd(soort, status, tekst):
    if soort == "soap":
        return status == 200 and b"requestGoedgekeurd>true<" in tekst
    return status == 200


def main(url, aantal, soort):
    kaal = soort == "kaal"
    doel = urllib.parse.urlparse(url)
    verbinding = http.client.HTTPConnection(doel.hostname, doel.port)
    latenties, fouten, n = [], 0, int(time.time()) % 100000 * 7
    for _ in range(aantal + aantal // 10):
        nummer = None
        while nummer is None:
            n += 1
            nummer = bsn(n % 1000000, "97" if soort == "soap" else "98")
        pad, lichaam, kop = soap_verzoek(nummer) if soort == "soap" else rest_verzoek(nummer)
        begin = time.perf_counter()
        verbinding.request("POST", pad, body=lichaam, headers=kop)
        antwoord = verbinding.getresponse()
        tekst = antwoord.read()
        duur = (time.perf_counter() - begin) * 1000
        if not kaal and not geslaagd(soort, antwoord.status, tekst):
            fouten += 1
            if fouten <= 3:
                print(antwoord.status, tekst[:300], file=sys.stderr)
        latenties.append(duur)
    gemeten = sorted(latenties[aantal // 10:])  # the first tenth warms up
    rang = lambda p: gemeten[min(len(gemeten) - 1, max(0, int(-(-p * len(gemeten) // 100)) - 1))]
    print(json.dumps({"doel": {"kaal": "kaal", "soap": "soap"}.get(soort, "keten"), "n": len(gemeten), "p50": round(rang(50), 2), "p99": round(rang(99), 2),
                      "max": round(gemeten[-1], 2), "fouten": fouten}))
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "rest"))
