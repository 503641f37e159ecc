namespace Keten.Application.Rod.Batch;

/// <summary>
/// The columns of a batch file (docs/rod-batch.md): DUO's field names of the PvE records ISG, ISP, BPV and DIP, written
/// as the REST JSON writes them. Every line fills the columns of its recordsoort and leaves the others empty; columns
/// that several records have (datumBegin, opleidingcode, indicatieBekostigbaar) are one column.
/// </summary>
public static class BatchKolommen
{
    public const string Recordsoort = "recordsoort";
    public const string Mutatiesoort = "mutatiesoort";
    public const string Sector = "sector";
    public const string Brin = "brin";
    public const string Burgerservicenummer = "burgerservicenummer";
    public const string Onderwijsnummer = "onderwijsnummer";
    public const string Inschrijvingvolgnummer = "inschrijvingvolgnummer";
    public const string DatumInschrijving = "datumInschrijving";
    public const string DatumUitschrijvingGepland = "datumUitschrijvingGepland";
    public const string DatumUitschrijvingWerkelijk = "datumUitschrijvingWerkelijk";
    public const string HoogsteVooropleiding = "hoogsteVooropleiding";
    public const string RedenUitstroom = "redenUitstroom";

    /// <summary>ISG, J or N (empty: N): the mutation comes with an accountant's statement, for a change past the mutation stop.</summary>
    public const string Accountantsverklaring = "accountantsverklaring";
    public const string DatumBegin = "datumBegin";
    public const string Opleidingcode = "opleidingcode";
    public const string Niveau = "niveau";
    public const string IndicatieBekostigbaar = "indicatieBekostigbaar";
    public const string Onderwijsaanbiedercode = "onderwijsaanbiedercode";
    public const string Leertraject = "leertraject";
    public const string Leerjaar = "leerjaar";
    public const string Vestiging = "vestiging";
    public const string Onderwijslocatiecode = "onderwijslocatiecode";
    public const string LocatiecodeVsv = "locatiecodeVsv";
    public const string AangebodenOpleidingCode = "aangebodenOpleidingCode";
    public const string Leerroute = "leerroute";
    public const string Leerroutefase = "leerroutefase";
    public const string SamenwerkendeOnderwijsaanbiedercode = "samenwerkendeOnderwijsaanbiedercode";
    public const string Volgnummer = "volgnummer";
    public const string Afsluitdatum = "afsluitdatum";
    public const string DatumEindeGepland = "datumEindeGepland";
    public const string DatumEindeWerkelijk = "datumEindeWerkelijk";
    public const string LeerbedrijfId = "leerbedrijfId";
    public const string OmvangUren = "omvangUren";
    public const string Resultaatvolgnummer = "resultaatvolgnummer";
    public const string DatumResultaat = "datumResultaat";

    /// <summary>Every column, in the order Keten writes a header; a file may have them in any order, and leave out those it never fills.</summary>
    public static IReadOnlyList<string> Alle { get; } =
    [
        Recordsoort, Mutatiesoort, Sector, Brin, Burgerservicenummer, Onderwijsnummer, Inschrijvingvolgnummer,
        DatumInschrijving, DatumUitschrijvingGepland, DatumUitschrijvingWerkelijk, HoogsteVooropleiding, RedenUitstroom, Accountantsverklaring,
        DatumBegin, Opleidingcode, Niveau, IndicatieBekostigbaar, Onderwijsaanbiedercode, Leertraject, Leerjaar, Vestiging,
        Onderwijslocatiecode, LocatiecodeVsv, AangebodenOpleidingCode, Leerroute, Leerroutefase, SamenwerkendeOnderwijsaanbiedercode,
        Volgnummer, Afsluitdatum, DatumEindeGepland, DatumEindeWerkelijk, LeerbedrijfId, OmvangUren,
        Resultaatvolgnummer, DatumResultaat,
    ];

    /// <summary>The columns a header must have: without them no line can be placed.</summary>
    public static IReadOnlyList<string> Verplicht { get; } = [Recordsoort, Inschrijvingvolgnummer];

    /// <summary>The columns that hold a person's number: their values never appear in an error text.</summary>
    public static bool IsPersoonsnummer(string kolom) => kolom is Burgerservicenummer or Onderwijsnummer;
}
