using Keten.Domain.Referentie;
using Keten.Domain.Rio;
using F = Keten.Storage.Referentie.ReferentiedataFormaten;

namespace Keten.Storage.Referentie;

/// <summary>Reads one item of each section of the reference-data file, recording every field error.</summary>
internal static class ReferentiedataSecties
{
    private const string Bestuurformaat = "onderwijsbestuurcode (nnnBnnn)";

    public static Gelezen<Onderwijsbestuur> Bestuur(VeldLezer v)
    {
        var code = v.VerplichteTekst("code", Codes.IsOnderwijsbestuurcode, Bestuurformaat);
        var naam = v.VerplichteTekst("naam");
        var kvkNummer = v.OptioneleTekst("kvkNummer", F.IsKvkNummer, "KvK-nummer (8 cijfers)");
        var oin = v.VerplichteTekst("oin", Codes.IsOin, "OIN (20 cijfers of hoofdletters)");
        var bevoegdGezag = v.OptioneleTekst("bevoegdGezagNummer", F.IsBevoegdGezagNummer, "bevoegd-gezagnummer (5 cijfers)");
        var inBedrijf = v.OptioneleDatum("inBedrijfdatum");
        var uitBedrijf = v.OptioneleDatum("uitBedrijfdatum");
        if (inBedrijf is { } i && uitBedrijf is { } u && u <= i)
        {
            v.Fout("uitBedrijfdatum", $"{VeldLezer.Iso(u)} ligt niet na inBedrijfdatum {VeldLezer.Iso(i)}");
        }

        var item = code is not null && naam is not null && oin is not null && v.ZonderFouten
            ? new Onderwijsbestuur(code, naam, kvkNummer, oin, bevoegdGezag, inBedrijf, uitBedrijf)
            : null;
        return new(item, code, "code", v);
    }

    public static Gelezen<RmcRegio> RmcRegio(VeldLezer v)
    {
        var code = v.VerplichteTekst("code", F.IsRmcRegiocode, "RMC-regionummer (2 cijfers)");
        var naam = v.VerplichteTekst("naam");
        var item = code is not null && naam is not null && v.ZonderFouten ? new RmcRegio(code, naam) : null;
        return new(item, code, "code", v);
    }

    public static Gelezen<Gemeente> Gemeente(VeldLezer v, IReadOnlySet<string> rmcRegios)
    {
        var code = v.VerplichteTekst("code", F.IsGemeentecode, F.Gemeentecodeformaat);
        var naam = v.VerplichteTekst("naam");
        var regio = v.VerplichteTekst("rmcRegio", F.IsRmcRegiocode, "RMC-regionummer (2 cijfers)");
        if (regio is not null && !rmcRegios.Contains(regio))
        {
            v.Fout("rmcRegio", $"RMC-regio '{regio}' komt niet voor in rmcRegios");
            regio = null;
        }

        var oin = v.OptioneleTekst("oin", Codes.IsOin, "OIN (20 cijfers of hoofdletters)");
        var item = code is not null && naam is not null && regio is not null && v.ZonderFouten ? new Gemeente(code, naam, regio, oin) : null;
        return new(item, code, "code", v);
    }

    public static Gelezen<Schoolvakantie> Schoolvakantie(VeldLezer v)
    {
        var regio = v.VerplichteTekst("regio", Domain.Verzuim.Vakantieregio.IsGeldig, "vakantieregio (noord, midden of zuid)");
        var naam = v.VerplichteTekst("naam");
        var begindatum = v.VerplichteDatum("begindatum");
        var einddatum = v.VerplichteDatum("einddatum");
        if (begindatum is { } b && einddatum is { } e && e < b)
        {
            v.Fout("einddatum", "de einddatum ligt voor de begindatum");
        }

        var item = regio is not null && naam is not null && begindatum is { } begin && einddatum is { } eind && v.ZonderFouten
            ? new Schoolvakantie(regio, naam, begin, eind)
            : null;
        return new(item, item is null ? null : ReferentiedataSleutels.Van(item), "begindatum", v);
    }

    public static Gelezen<ErkendeInstelling> Instelling(VeldLezer v, IReadOnlySet<string> besturen, IReadOnlySet<string> gemeenten)
    {
        var brin = v.VerplichteTekst("brin", Codes.IsBrin4, "BRIN4 (nnXX)");
        var naam = v.VerplichteTekst("naam");
        var sector = v.VerplichteTekst("sector", F.IsSector, "sector (MBO of VO)");
        var bestuur = BestaandBestuur(v, besturen);
        var begindatum = v.VerplichteDatum("begindatum");
        var einddatum = v.OptioneleDatum("einddatum");
        v.EinddatumNaBegindatum(begindatum, einddatum);
        var gemeente = v.OptioneleTekst("gemeentecode", F.IsGemeentecode, F.Gemeentecodeformaat);
        if (gemeente is not null && !gemeenten.Contains(gemeente))
        {
            v.Fout("gemeentecode", $"gemeente '{gemeente}' komt niet voor in gemeenten");
        }

        var erkenner = v.OptioneleTekst("erkenner", F.IsErkenner, "erkenner (2 tot 20 hoofdletters, cijfers of _, zoals OCW of NRTO)");
        var item = brin is not null && naam is not null && sector is not null && bestuur is not null && begindatum is { } begin && v.ZonderFouten
            ? new ErkendeInstelling(brin, naam, F.NaarSector(sector), bestuur, begin, einddatum, gemeente, erkenner)
            : null;
        return new(item, brin, "brin", v);
    }

    public static Gelezen<Opleidingserkenning> Opleidingserkenning(VeldLezer v)
    {
        var stelsel = v.VerplichteTekst("opleidingsstelsel");
        var (codeformaat, codeformaatnaam) = F.Opleidingscode(stelsel);
        var code = v.VerplichteTekst("opleidingscode", codeformaat, codeformaatnaam);
        var naam = v.VerplichteTekst("naam");
        var niveau = v.VerplichteTekst("niveau", F.IsKwalificatieniveau, "kwalificatieniveau (MBO-1 t/m MBO-4)");
        var begindatum = v.VerplichteDatum("begindatum");
        var einddatum = v.OptioneleDatum("einddatum");
        v.EinddatumNaBegindatum(begindatum, einddatum);
        var prijsfactor = v.OptioneelGetal("prijsfactor", g => g is > 0 and < 1000 && decimal.Round(g, 2) == g, "prijsfactor (groter dan 0, hoogstens 999.99, 2 decimalen)");
        var specialist = v.OptioneleBoolean("specialist") ?? false;
        var vws = v.OptioneleBoolean("vws") ?? false;
        var sleutel = stelsel is not null && code is not null ? ReferentiedataSleutels.Opleidingserkenning(stelsel, code) : null;
        var item = stelsel is not null && code is not null && naam is not null && niveau is not null && begindatum is { } begin && v.ZonderFouten
            ? new Opleidingserkenning(stelsel, code, naam, niveau, begin, einddatum, prijsfactor, specialist, vws)
            : null;
        return new(item, sleutel, "opleidingscode", v);
    }

    public static Gelezen<VoVakerkenning> VoVakerkenning(VeldLezer v)
    {
        var stelsel = v.VerplichteTekst("opleidingsstelsel");
        var (codeformaat, codeformaatnaam) = F.Opleidingscode(stelsel);
        var code = v.VerplichteTekst("opleidingscode", codeformaat, codeformaatnaam);
        var niveau = v.VerplichteTekst("opleidingsniveau", F.IsVoNiveaucode, "VO-niveaucode (VO-PRO, VO-VMBO-BB/KB/GL/TL, VO-HAVO, VO-VWO)");
        var naam = v.VerplichteTekst("naam");
        var begindatum = v.VerplichteDatum("begindatum");
        var einddatum = v.OptioneleDatum("einddatum");
        v.EinddatumNaBegindatum(begindatum, einddatum);
        var sleutel = stelsel is not null && code is not null && niveau is not null
            ? ReferentiedataSleutels.VoVakerkenning(stelsel, code, niveau)
            : null;
        var item = stelsel is not null && code is not null && niveau is not null && naam is not null && begindatum is { } begin && v.ZonderFouten
            ? new VoVakerkenning(stelsel, code, niveau, naam, begin, einddatum)
            : null;
        return new(item, sleutel, "opleidingscode", v);
    }

    public static Gelezen<Medewerker> Medewerker(VeldLezer v, IReadOnlySet<string> besturen, List<ReferentiedataFout> fouten)
    {
        var bestuur = BestaandBestuur(v, besturen);
        var naam = v.VerplichteTekst("naam");
        var rol = v.VerplichteTekst("rol");
        var token = v.OptioneelObject("legacyToken") is { } tokenObject
            ? LegacyToken(new VeldLezer(tokenObject, v.VeldPad("legacyToken"), fouten))
            : null;
        var sleutel = bestuur is not null && naam is not null ? ReferentiedataSleutels.Medewerker(bestuur, naam) : null;
        var item = bestuur is not null && naam is not null && rol is not null && v.ZonderFouten
            ? new Medewerker(bestuur, naam, rol, token)
            : null;
        return new(item, sleutel, "naam", v);
    }

    private static LegacyToken? LegacyToken(VeldLezer v)
    {
        var gebruikersnaam = v.VerplichteTekst("gebruikersnaam");
        var secret = v.VerplichteTekst("totpSecret");
        if (secret is not null && !F.IsTotpSecret(secret))
        {
            // The value is a secret: the message does not repeat it.
            v.Fout("totpSecret", "is geen TOTP-secret (base32, minstens 16 tekens A-Z en 2-7)");
            secret = null;
        }

        return gebruikersnaam is not null && secret is not null ? new LegacyToken(gebruikersnaam, secret) : null;
    }

    /// <summary>Reads onderwijsbestuurcode and checks that the file's onderwijsbesturen hold that board.</summary>
    private static string? BestaandBestuur(VeldLezer v, IReadOnlySet<string> besturen)
    {
        var code = v.VerplichteTekst("onderwijsbestuurcode", Codes.IsOnderwijsbestuurcode, Bestuurformaat);
        if (code is not null && !besturen.Contains(code))
        {
            v.Fout("onderwijsbestuurcode", $"onderwijsbestuur '{code}' komt niet voor in onderwijsbesturen");
            return null;
        }

        return code;
    }
}
