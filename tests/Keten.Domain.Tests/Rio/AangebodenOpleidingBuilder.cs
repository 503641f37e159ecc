using Keten.Domain.Rio;
using Keten.Domain.Rio.Leerroutes;

namespace Keten.Domain.Tests.Rio;

/// <summary>Test data builder: a valid MBO or VO aangeboden opleiding, adjusted per test.</summary>
internal sealed class AangebodenOpleidingBuilder
{
    private AangebodenOpleiding _ao;

    private AangebodenOpleidingBuilder(AangebodenOpleiding ao) => _ao = ao;

    public static AangebodenOpleidingBuilder Mbo(string aanbieder = "110A001", string crebo = "25180", string niveau = "MBO-4") => new(new AangebodenOpleiding(
        Guid.NewGuid(), AangebodenOpleidingSoort.Mbo, aanbieder, null, new DateOnly(2021, 8, 1), null, null,
        new OpleidingserkenningSleutel("CREBO", crebo), null, null,
        [new AangebodenOpleidingPeriode(new DateOnly(2021, 8, 1), "Opleiding", null, null, [])],
        [], null, [], "BOL", niveau, "NEE", "ALL"));

    public static AangebodenOpleidingBuilder VO(string aanbieder = "210A001") => new(new AangebodenOpleiding(
        Guid.NewGuid(), AangebodenOpleidingSoort.VO, aanbieder, null, new DateOnly(2021, 8, 1), null, null,
        null, new VoVakerkenningSleutel("ILT", "0137", "VO-VMBO-KB"), null,
        [new AangebodenOpleidingPeriode(new DateOnly(2021, 8, 1), "vmbo kader", null, null, [])],
        [], null, [], null, null, null, null));

    public AangebodenOpleidingBuilder MetLeerroute(string code, params (DateOnly Begin, string[] Partners)[] perioden)
    {
        _ao = _ao with
        {
            Kenmerken = [.. _ao.Kenmerken, new Kenmerk(Kenmerk.DoorlopendeLeerlijnVmboMbo, KenmerkType.Enumeratiewaarde, code)],
            Perioden = [.. perioden.Select(p => new AangebodenOpleidingPeriode(p.Begin, null, null, null,
                [.. p.Partners.Select(partner => new Kenmerk(Kenmerk.SamenwerkendeOnderwijsaanbiedercode, KenmerkType.Tekst, partner))]))],
        };
        return this;
    }

    public AangebodenOpleidingBuilder Met(Func<AangebodenOpleiding, AangebodenOpleiding> wijziging)
    {
        _ao = wijziging(_ao);
        return this;
    }

    public AangebodenOpleiding Bouw() => _ao;

    public static implicit operator AangebodenOpleiding(AangebodenOpleidingBuilder b) => b.Bouw();

    public static readonly DateOnly Augustus2021 = new(2021, 8, 1);
    public static readonly DateOnly Augustus2022 = new(2022, 8, 1);
    public static readonly string Dlr = LeerrouteCodes.Dlr;
    public static readonly string Glr = LeerrouteCodes.Glr;
}
