using System.Text;
using Keten.Application.Rod.Batch;
using static Keten.Application.Rod.Batch.BatchKolommen;
using static Keten.Server.Tests.Rod.Batch.BatchBestanden;

namespace Keten.Server.Tests.Rod.Batch;

/// <summary>Measures the process's memory, so it runs when no other test does.</summary>
[CollectionDefinition(Naam, DisableParallelization = true)]
public sealed class GeheugenCollection
{
    public const string Naam = "geheugen";
}

/// <summary>The batch reader: streaming in bounded memory, a line it cannot read refused in its own mutation, a header it cannot place refused whole.</summary>
[Collection(GeheugenCollection.Naam)]
public sealed class BatchLezerTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public async Task A_file_far_larger_than_the_memory_it_may_use_is_read_mutation_by_mutation()
    {
        var stroom = new GegenereerdeBatchstroom(400_000, i => [MboT(Bsn(i % 100_000), "M" + i, "2026-08-01"), Isp("M" + i, "2026-08-01")]);

        var (_, leesbaar, groei) = await LeesAsync(stroom);

        Assert.Equal(400_000, leesbaar);
        Assert.InRange(stroom.Gelezen, 48 * Megabyte, long.MaxValue);
        Assert.InRange(groei, long.MinValue, 8 * Megabyte);
    }

    [Fact]
    public async Task A_mutation_of_more_lines_than_allowed_is_refused_without_holding_its_lines()
    {
        var stroom = new GegenereerdeBatchstroom(200_001, i => i == 0 ? [MboT(Bsn(1), "M1", "2026-08-01")] : [Isp("M1", "2026-08-01")]);

        var (mutaties, leesbaar, groei) = await LeesAsync(stroom);

        var mutatie = Assert.Single(mutaties);
        Assert.Equal(0, leesbaar);
        Assert.Null(mutatie.Opdracht);
        Assert.Equal(200_002, mutatie.LaatsteRegel);
        Assert.Contains(mutatie.Fouten, f => f.Fouttekst.Contains("ten hoogste 1000", StringComparison.Ordinal));
        Assert.InRange(groei, long.MinValue, 8 * Megabyte);
    }

    [Fact]
    public async Task A_line_that_is_no_csv_refuses_its_own_mutation_and_the_others_are_read()
    {
        var bestand = "\uFEFF" + Bestand(
        [
            Isp("M0", "2026-08-01"),                                         // 2: before any ISG
            MboT(Bsn(1), "M1", "2026-08-01"),                                // 3
            "ISP;;;;;;M1;;;;;;2026-08-01;\"25336\"x;;J;110A001;BOL",         // 4: text after a closing quote
            MboT(Bsn(2), "M2", "2026-08-01"),                                // 5
            Isp("M2", "2026-08-01"),
            ";;;;;;;;",                                                      // 7: an empty spreadsheet row
            "ISQ;;;;;;M2",                                                   // 8: no recordsoort
        ]);

        await using var stroom = Stroom(bestand);
        var mutaties = await BatchLezer.LeesAsync(stroom, CancellationToken.None).ToListAsync();

        Assert.Equal([2L, 3, 5], mutaties.Select(m => m.Regel));
        Assert.Contains("regel 2: een ISP-regel volgt de ISG-regel van zijn inschrijving", mutaties[0].Fouten.Single().Fouttekst, StringComparison.Ordinal);
        Assert.Contains("regel 4: geen geldige CSV-regel", Assert.Single(mutaties[1].Fouten).Fouttekst, StringComparison.Ordinal);
        Assert.Contains("Veld recordsoort: regel 8: 'ISQ' is geen recordsoort", Assert.Single(mutaties[2].Fouten).Fouttekst, StringComparison.Ordinal);
        Assert.Equal(8, mutaties[2].LaatsteRegel);
    }

    [Fact]
    public async Task A_line_with_more_or_fewer_fields_than_the_header_refuses_its_mutation_naming_the_line()
    {
        var isg = MboT(Bsn(3), "M3", "2026-08-01");
        var bestand = Bestand(
        [
            MboT(Bsn(1), "M1", "2026-08-01"),                                // 2
            Isp("M1", "2026-08-01") + ";Gebouw B",                           // 3: an unquoted ; in the last value
            MboT(Bsn(2), "M2", "2026-08-01"),                                // 4
            Isp("M2", "2026-08-01"),
            isg[..isg.LastIndexOf(';')],                                     // 6: the ISG line one field short
            Isp("M3", "2026-08-01"),
        ]);

        await using var stroom = Stroom(bestand);
        var mutaties = await BatchLezer.LeesAsync(stroom, CancellationToken.None).ToListAsync();

        Assert.Equal([2L, 4, 6], mutaties.Select(m => m.Regel));
        Assert.Null(mutaties[0].Opdracht);
        Assert.Contains($"regel 3: {Alle.Count + 1} velden, de kopregel heeft {Alle.Count} kolommen", Assert.Single(mutaties[0].Fouten).Fouttekst, StringComparison.Ordinal);
        Assert.NotNull(mutaties[1].Opdracht);
        Assert.Null(mutaties[2].Opdracht);
        Assert.Contains($"regel 6: {Alle.Count - 1} velden", Assert.Single(mutaties[2].Fouten).Fouttekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_with_a_column_keten_does_not_know_refuses_the_file_naming_the_column()
    {
        await using var stroom = new MemoryStream(Encoding.UTF8.GetBytes($"{Recordsoort};{Inschrijvingvolgnummer};datumBgin\nISG;M1;2026-08-01\n"));

        var fout = await Assert.ThrowsAsync<OngeldigBatchbestandException>(async () => await BatchLezer.LeesAsync(stroom, CancellationToken.None).ToListAsync());

        Assert.Contains("kolom 'datumBgin' is onbekend", fout.Message, StringComparison.Ordinal);
    }

    /// <summary>Reads every mutation, keeping only the last ten; returns them, how many could be read, and the most the managed heap grew over the start.</summary>
    private static async Task<(List<BatchMutatie> Laatste, int Leesbaar, long Groei)> LeesAsync(Stream stroom)
    {
        var basis = GC.GetTotalMemory(forceFullCollection: true);
        long groei = 0;
        var gelezen = 0;
        var leesbaar = 0;
        var mutaties = new List<BatchMutatie>();
        await foreach (var mutatie in BatchLezer.LeesAsync(stroom, CancellationToken.None))
        {
            mutaties.Add(mutatie);
            leesbaar += mutatie.Opdracht is null ? 0 : 1;
            if (mutaties.Count > 10)
            {
                mutaties.RemoveAt(0);
            }

            if (++gelezen % 50_000 == 0)
            {
                groei = Math.Max(groei, GC.GetTotalMemory(forceFullCollection: true) - basis);
            }
        }

        return (mutaties, leesbaar, Math.Max(groei, GC.GetTotalMemory(forceFullCollection: true) - basis));
    }
}
