"""Summarises a dotnet-trace speedscope file of the Keten server: where its CPU time went.

Only samples whose leaf is CPU_TIME count (threads that run, not threads that wait), so the percentages are shares of
the server's CPU time. Prints markdown: the top frames by inclusive CPU time among Keten's own code, XML, JSON, SQLite,
Npgsql and ASP.NET Core, and the top leaf (exclusive) frames.
"""
import collections
import json
import sys

INTERESSANT = ("Keten.", "System.Xml", "System.Private.Xml", "System.Text.Json", "Microsoft.Data.Sqlite", "SQLitePCL", "Npgsql",
               "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http", "System.Net.Http", "Microsoft.Extensions.Logging")


def stapels(profiel):
    """(stack, weight) pairs of a speedscope profile, sampled or evented (dotnet-trace writes evented)."""
    if profiel.get("type") == "sampled":
        yield from zip(profiel["samples"], profiel["weights"])
        return
    stapel, vorige = [], None
    for gebeurtenis in profiel.get("events", []):
        if vorige is not None and stapel:
            yield list(stapel), gebeurtenis["at"] - vorige
        vorige = gebeurtenis["at"]
        if gebeurtenis["type"] == "O":
            stapel.append(gebeurtenis["frame"])
        elif stapel:
            stapel.pop()


def main(pad, aantal=25):
    data = json.load(open(pad))
    namen = [f["name"] for f in data["shared"]["frames"]]
    cpu = next((i for i, n in enumerate(namen) if n == "CPU_TIME"), None)
    inclusief, exclusief, totaal = collections.Counter(), collections.Counter(), 0.0
    for profiel in data["profiles"]:
        for stapel, gewicht in stapels(profiel):
            if not stapel or stapel[-1] != cpu:
                continue
            eigen = [f for f in stapel[:-1] if not namen[f].startswith(("System.Private.CoreLib!System.Threading", "Thread ("))]
            # The finalizer thread waiting for work is sampled as CPU_TIME in RunFinalizers; perf shows it idle (0.04 %).
            if eigen and namen[eigen[-1]].endswith("GC.RunFinalizers()"):
                continue
            totaal += gewicht
            if eigen:
                exclusief[eigen[-1]] += gewicht
            for frame in set(stapel):
                inclusief[frame] += gewicht
    if totaal == 0:
        print("\n(profiel: geen CPU-samples)")
        return
    print("\n### Profile: where Keten's CPU time goes (SQLite, closed loop)\n")
    eenheid = data["profiles"][0].get("unit", "") if data["profiles"] else ""
    print(f"dotnet-trace, 8 s under load, {totaal:.0f} {eenheid} of managed thread time sampled (dotnet-trace samples waiting threads too; for CPU see perf in docs/benchmarks.md). Inclusive share:\n")
    print("| CPU % | frame |\n|---:|---|")
    getoond = 0
    for frame, gewicht in inclusief.most_common():
        naam = namen[frame]
        if any(naam.startswith(x) or ("!" + x) in naam for x in INTERESSANT) and "MoveNext" not in naam and "AsyncStateMachineBox" not in naam:
            print(f"| {100 * gewicht / totaal:.1f} | `{naam[:150]}` |")
            getoond += 1
            if getoond >= aantal:
                break
    print("\nTop leaf frames (exclusive):\n\n| CPU % | frame |\n|---:|---|")
    for frame, gewicht in exclusief.most_common(15):
        print(f"| {100 * gewicht / totaal:.1f} | `{namen[frame][:150]}` |")


if __name__ == "__main__":
    main(sys.argv[1])
