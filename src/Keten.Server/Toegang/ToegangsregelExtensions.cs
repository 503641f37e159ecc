using Keten.Domain.Toegang;

namespace Keten.Server.Toegang;

/// <summary>How endpoints declare their <see cref="Toegangsregel"/>.</summary>
public static class ToegangsregelExtensions
{
    /// <summary>Anyone may call it; <paramref name="reden"/> says why that is right.</summary>
    public static TBuilder Openbaar<TBuilder>(this TBuilder builder, string reden)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Toegangsregel(ToegangsregelSoort.Openbaar, [], reden));

    /// <summary>A board's certificate, or a medewerker with one of <paramref name="functies"/>; refused otherwise.</summary>
    public static TBuilder VoorAanroeper<TBuilder>(this TBuilder builder, params Functie[] functies)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentOutOfRangeException.ThrowIfZero(functies.Length);
        builder.WithMetadata(new Toegangsregel(ToegangsregelSoort.Aanroeper, functies,
            "clientcertificaat van het bestuur of medewerker met " + string.Join(" of ", functies)));
        return builder.AddEndpointFilter(RestAanroeper.FilterAsync);
    }

    /// <summary>Only a logged-in person; the endpoint itself judges what the login may do.</summary>
    public static TBuilder MetSessiecontrole<TBuilder>(this TBuilder builder, string toelichting)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Toegangsregel(ToegangsregelSoort.Sessie, [], toelichting));
}
