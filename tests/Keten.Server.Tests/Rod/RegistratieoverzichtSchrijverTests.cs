using Keten.Application.Rod.Registratieoverzicht;
using Keten.Domain.Referentie;
using Keten.Domain.Rod;
using Keten.Storage.Rod;

namespace Keten.Server.Tests.Rod;

/// <summary>The RO writer on its own: the order of a person's records and what it does with a value that would break a record.</summary>
public sealed class RegistratieoverzichtSchrijverTests
{
    private static readonly Persoonsnummer Leerling = Persoonsnummer.Bsn("999990081");
    private static readonly DateOnly Begin = new(2023, 8, 1);

    [Fact]
    public async Task A_persons_diplomas_follow_all_the_persons_enrolments_and_the_person_is_written_once()
    {
        var eerste = Inschrijving("A1", new(2024, 7, 1), new Diploma("R1", "25180", new(2024, 7, 1), true));
        var tweede = Inschrijving("A2", new(2025, 6, 30), new Diploma("R2", "25181", new(2025, 6, 30), false)) with
        {
            DatumInschrijving = new(2024, 8, 1),
            Perioden = [new(new(2024, 8, 1), "25181", "MBO-2", true, "100A002", Leertraject: "BBL")],
        };

        var ro = await SchrijfAsync(eerste, tweede);

        Assert.Equal(["VLP", "PER", "ISG", "ISP", "ISG", "ISP", "DIP", "DIP", "SLR"], ro.Select(r => r[..3]));
        Assert.Equal("DIP|999990081||R1|25180|2024-07-01|J|A1|100A001", ro[6]);
        Assert.Equal("DIP|999990081||R2|25181|2025-06-30|N|A2|100A002", ro[7]);
        Assert.Equal("SLR|1|2|2|0|0|2|0|0|0", ro[^1]);
    }

    [Fact]
    public async Task A_separator_or_control_character_in_a_value_becomes_a_space_so_every_record_keeps_its_fields()
    {
        var i = Inschrijving("A1", null) with { Perioden = [new(Begin, "25180", null, true, "100A001", Leertraject: "BOL", LocatiecodeVsv: "GEB|1\tNOORD")] };

        var ro = await SchrijfAsync(i);

        Assert.Equal("ISP|999990081||A1|2023-08-01|25180|BOL||J|GEB 1 NOORD|100A001|||", ro[3]);
    }

    private static Inschrijving Inschrijving(string volgnummer, DateOnly? laatsteDag, params Diploma[] diplomas) =>
        new(Sector.MBO, "25LZ", Leerling, volgnummer, Begin, null, laatsteDag, "04", laatsteDag is null ? null : "01",
            [new(Begin, "25180", "MBO-4", true, "100A001", Leertraject: "BOL")], [], diplomas);

    private static async Task<string[]> SchrijfAsync(params Inschrijving[] inschrijvingen)
    {
        await using var uit = new StringWriter();
        await RegistratieoverzichtSchrijver.SchrijfAsync(uit, new RegistratieoverzichtVerzoek("25LZ", Begin, new(2025, 7, 31), null), new(2025, 9, 1),
            Stroom(inschrijvingen), CancellationToken.None);
        return uit.ToString().TrimEnd('\n').Split('\n');
    }

    private static async IAsyncEnumerable<RegistratieoverzichtInschrijving> Stroom(Inschrijving[] inschrijvingen)
    {
        foreach (var i in inschrijvingen)
        {
            await Task.Yield();
            yield return new RegistratieoverzichtInschrijving(i, null, null);
        }
    }
}
