using Keten.Application.Rio;
using Keten.Application.Rio.Handlers;
using Keten.Application.Rio.Queries;
using Keten.Contract.Rio;
using Keten.Contract.Soap;
using Keten.Domain.Rio;
using Keten.Domain.Toegang;
using Keten.Server.Portaal.Aanbod;
using Keten.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Keten.Server.Portaal.Pages.Aanbod;

/// <summary>
/// One aangeboden opleiding, new (soort mbo or vo) or stored (by its aangebodenOpleidingCode): the form, "Controleren"
/// (the delivery as a dry run: DUO's answer and the diff against the stored state, nothing changed) and "Opslaan" (the
/// same AangebodenOpleidingHandler as REST's POST /api/rio/aangeboden-opleidingen). Both check DUO's XSD first, as REST
/// does (<see cref="XsdControle"/>, ADR 0026).
/// </summary>
[PortaalFuncties(Functie.RioBeheren)]
public sealed class OpleidingModel(
    RioQueries rio, AangebodenOpleidingHandler handler, SoapContracten contracten, ReferentiedataBron referentie, TimeProvider tijd) : PortaalPaginaModel
{
    public Aanbodformulier Formulier { get; private set; } = new();

    /// <summary>The offering as stored; null for a new one.</summary>
    public AangebodenOpleiding? Bestaand { get; private set; }

    public Aanbodkeuzes Keuzes { get; private set; } = new([], [], []);

    public IReadOnlyList<Veldfout> Fouten { get; private set; } = [];

    public Controleuitslag? Uitslag { get; private set; }

    public bool Opgeslagen { get; private set; }

    public bool NietGevonden { get; private set; }

    /// <summary>The store was busy (OpslagBezetException, REST's 503): nothing was recorded, try again.</summary>
    public bool Bezet { get; private set; }

    public string Titel => Bestaand is null && !NietGevonden
        ? Formulier.IsVo ? "Nieuwe vo-opleiding" : "Nieuwe mbo-opleiding"
        : "Aangeboden opleiding";

    public async Task<IActionResult> OnGetAsync(Guid? code, string? soort, bool opgeslagen, CancellationToken ct)
    {
        Opgeslagen = opgeslagen;
        if (code is { } c)
        {
            Bestaand = await rio.AangebodenOpleidingAsync(c, ct);
            if (Bestaand is null)
            {
                NietGevonden = true;
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            }

            Formulier = Aanbodformulier.Van(Bestaand);
        }
        else
        {
            Formulier = Aanbodformulier.Nieuw(soort, null);
        }

        await BereidAsync(ct);
        Formulier.Onderwijsaanbiedercode ??= Keuzes.Aanbieders.FirstOrDefault()?.Waarde;
        return Page();
    }

    public async Task<IActionResult> OnPostControlerenAsync(Guid? code, CancellationToken ct)
    {
        var opleiding = await LeesAsync(code, ct);
        if (opleiding is not null)
        {
            if (await AanleverenAsync(opleiding, proefdraai: true, ct) is not { } resultaat)
            {
                return Page();
            }

            Uitslag = Controleuitslag.Van(resultaat);
            Fouten = [.. resultaat.Antwoord.Foutmeldingen.Select(Aanbodformulier.Fout)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostOpslaanAsync(Guid? code, CancellationToken ct)
    {
        var opleiding = await LeesAsync(code, ct);
        if (opleiding is null)
        {
            return Page();
        }

        var resultaat = await AanleverenAsync(opleiding, proefdraai: false, ct);
        if (resultaat is null)
        {
            return Page();
        }

        if (!resultaat.Antwoord.RequestGoedgekeurd)
        {
            Fouten = [.. resultaat.Antwoord.Foutmeldingen.Select(Aanbodformulier.Fout)];
            return Page();
        }

        return Redirect($"{Portaalpaden.Basis}/aanbod/opleiding/{opleiding.AangebodenOpleidingCode}?opgeslagen=true");
    }

    /// <returns>Null when DUO's XSD refuses the offering (its fields are in <see cref="Fouten"/>) or the store is busy.</returns>
    private async Task<VerwerkResultaat?> AanleverenAsync(AangebodenOpleiding opleiding, bool proefdraai, CancellationToken ct)
    {
        // Before any rule, as on REST and the CLI: what the XSD refuses is never judged, stored or shown as a diff.
        if (XsdControle.Fouten(contracten, opleiding) is { Count: > 0 } xsd)
        {
            Fouten = [.. xsd.Select(Aanbodformulier.Fout)];
            return null;
        }

        try
        {
            return await handler.AanleverenAsync(opleiding, Afzender, null, ct, proefdraai);
        }
        catch (OpslagBezetException)
        {
            Bezet = true;
            return null;
        }
    }

    /// <summary>The posted form over the stored state (re-read, so other periods and the cohorts stay as they are).</summary>
    private async Task<AangebodenOpleiding?> LeesAsync(Guid? code, CancellationToken ct)
    {
        Formulier = new Aanbodformulier();
        await TryUpdateModelAsync(Formulier, "");
        if (code is { } c)
        {
            Bestaand = await rio.AangebodenOpleidingAsync(c, ct);
            if (Bestaand is null)
            {
                NietGevonden = true;
                return null;
            }

            Formulier.AangebodenOpleidingCode = c;
            Formulier.Soort = Bestaand.Soort == AangebodenOpleidingSoort.VO ? Aanbodformulier.Vo : Aanbodformulier.Mbo;
        }
        else if (Formulier.AangebodenOpleidingCode == Guid.Empty)
        {
            Formulier.AangebodenOpleidingCode = Guid.NewGuid();
        }

        await BereidAsync(ct);
        var (opleiding, fouten) = Formulier.NaarOpleiding(Bestaand);
        Fouten = fouten;
        return opleiding;
    }

    private async Task BereidAsync(CancellationToken ct)
    {
        var aanbieders = await new EigenAanbieders(rio, tijd).VanAsync(Gebruiker, ct);
        var locaties = new List<Onderwijslocatiegebruik>();
        for (var pagina = 0; ; pagina++)
        {
            var resultaat = await rio.OnderwijslocatiegebruikVanBestuurAsync(Gebruiker.Medewerker.Onderwijsbestuurcode, null, pagina, ct);
            locaties.AddRange(resultaat.Items);
            if (resultaat.Items.Count < RioQueries.Paginagrootte)
            {
                break;
            }
        }

        Keuzes = Aanbodkeuzes.Van(aanbieders, locaties, referentie.Huidig, Formulier.IsVo);
    }
}
