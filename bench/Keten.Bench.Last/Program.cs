using Keten.Bench.Last;

// keten-bench-last <aanleveren|opvragen|wandeling|rapport> --naam waarde …   (see bench/README.md)
if (args.Length == 0)
{
    await Console.Error.WriteLineAsync("gebruik: keten-bench-last aanleveren|opvragen|wandeling|rapport --naam waarde …  (zie bench/README.md)");
    return 1;
}

var a = new Argumenten(args.Skip(1));
var uit = a.Tekst("uit", "");
var bestand = uit.Length == 0 ? null : uit;
switch (args[0])
{
    case "aanleveren":
    {
        var urls = a.Alle("url").Select(u => new Uri(u)).ToList();
        var clients = a.Getal("clients", 64);
        var tempo = a.Kommagetal("tempo", 0);
        var kaal = a.Tekst("controle", "ja") == "nee";
        using var belasting = new Belasting(urls, clients, Aanleveren.Berichten(a.Dataset()), kaal ? _ => null : Aanleveren.Goedgekeurd);
        var opwarmen = TimeSpan.FromSeconds(a.Kommagetal("opwarmen", 3));
        var duur = TimeSpan.FromSeconds(a.Kommagetal("duur", 15));
        var cpu = Processorgebruik.Na(opwarmen);
        var (latenties, fouten, eerste) = tempo > 0 ? await belasting.OpenAsync(tempo, opwarmen, duur) : await belasting.GeslotenAsync(opwarmen, duur);
        var meting = Meting.Van(a.Tekst("doel"), tempo > 0 ? "tempo" : "max", "aanleveren_aangebodenOpleiding", clients, tempo, latenties, fouten, duur.TotalSeconds, eerste)
            with { CpuBezet = cpu.BezetteKernen() };
        await meting.SchrijfAsync(bestand);
        if (a.Tekst("tijdlijn", "") is { Length: > 0 } tijdlijn)
        {
            await belasting.SchrijfTijdlijnAsync(tijdlijn);
        }

        return fouten == 0 ? 0 : 3;
    }

    case "opvragen":
    {
        var url = new Uri(a.Tekst("url"));
        var clients = a.Getal("clients", 4);
        var aantal = a.Getal("aantal", 200);
        var fout = false;
        foreach (var vraag in Opvragen.Alle(a.Dataset()))
        {
            using var belasting = new Belasting([url], clients, vraag.Maak, Opvragen.GeenFault);
            var (latenties, fouten, eerste) = await belasting.GeslotenAsync(TimeSpan.FromSeconds(a.Kommagetal("opwarmen", 1)), TimeSpan.FromMinutes(5), aantal);
            var meting = Meting.Van(a.Tekst("doel"), "opvragen", vraag.Operatie, clients, 0, latenties, fouten, 0, eerste);
            await meting.SchrijfAsync(bestand);
            fout |= fouten > 0;
        }

        return fout ? 3 : 0;
    }

    case "wandeling":
    {
        var meting = await Wandeling.LoopAsync(a.Tekst("doel"), new Uri(a.Tekst("url")), a.Dataset(), a.Getal("aanbieders", 20));
        await meting.SchrijfAsync(bestand);
        return meting.Fouten == 0 ? 0 : 3;
    }

    case "rapport":
        await File.WriteAllTextAsync(a.Tekst("markdown"), Rapport.Markdown(
            (await File.ReadAllLinesAsync(a.Tekst("in"))).Where(r => r.Length > 0).Select(Meting.Lees).ToList(), a.Tekst("kop", "")));
        return 0;

    case "docs":
        var docs = a.Tekst("docs");
        await File.WriteAllTextAsync(docs, Rapport.InDocs(await File.ReadAllTextAsync(docs), await File.ReadAllTextAsync(a.Tekst("markdown"))));
        return 0;

    default:
        await Console.Error.WriteLineAsync($"onbekend commando {args[0]}");
        return 1;
}
