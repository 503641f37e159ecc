#!/usr/bin/env python3
"""Writes a SOAP aanleveren_aangebodenOpleiding envelope of about the given size in bytes.

The input is the largest realistic valid message (999 cohorten, written by GrootsteBerichtTests with
KETEN_GROOTSTE_BERICHT set). The output repeats its first cohort until the envelope has the requested size: real
element content, not whitespace. Above 999 cohorten the message is no longer XSD-valid, so the server parses and
validates all of it before refusing it: the most a body of that size costs.

usage: soap-bericht-van-grootte.py <grootste.xml> <bytes> <out.xml>
"""
import sys

bron, grootte, uit = sys.argv[1], int(sys.argv[2]), sys.argv[3]
xml = open(bron, "rb").read()
begin_tag, eind_tag = b"<aangebodenMboOpleidingCohort>", b"</aangebodenMboOpleidingCohort>"
begin = xml.index(begin_tag)
einde = xml.rindex(eind_tag) + len(eind_tag)
cohort = xml[begin:xml.index(eind_tag) + len(eind_tag)]
kop, staart = xml[:begin], xml[einde:]
aantal = max(1, (grootte - len(kop) - len(staart)) // len(cohort))
with open(uit, "wb") as f:
    f.write(kop + cohort * aantal + staart)
print(f"{uit}: {aantal} cohorten, {len(kop) + len(staart) + aantal * len(cohort)} bytes")
