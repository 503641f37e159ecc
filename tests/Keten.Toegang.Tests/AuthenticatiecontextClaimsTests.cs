using System.Security.Claims;

namespace Keten.Toegang.Tests;

public sealed class AuthenticatiecontextClaimsTests
{
    private static readonly Authenticatiecontext Context = new(
        new LegalSubject("urn:etoegang:1.9:EntityConcernedID:KvKnr", ResponseBouwer.KvkNummer), ResponseBouwer.ActingSubject,
        "000012345678", ResponseBouwer.ServiceId, ResponseBouwer.ServiceUuid, Betrouwbaarheidsniveau.Loa3,
        ResponseBouwer.AuthenticatingAuthority, SamlOmgeving.HmEntityId);

    [Fact]
    public void De_hele_context_gaat_heen_en_terug_door_claims()
    {
        var principal = new ClaimsPrincipal(AuthenticatiecontextClaims.NaarIdentity(Context));

        Assert.Equal(Context, AuthenticatiecontextClaims.Lees(principal));
    }

    [Fact]
    public void Zonder_vestiging_en_authenticatiedienst_blijven_die_leeg()
    {
        var zonder = Context with { Vestigingsnr = null, AuthenticatingAuthority = null };

        Assert.Equal(zonder, AuthenticatiecontextClaims.Lees(new ClaimsPrincipal(AuthenticatiecontextClaims.NaarIdentity(zonder))));
    }

    [Fact]
    public void Een_principal_zonder_eherkenning_identiteit_heeft_geen_context()
    {
        Assert.Null(AuthenticatiecontextClaims.Lees(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Null(AuthenticatiecontextClaims.Lees(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(AuthenticatiecontextClaims.LegalSubject, "1")], AuthenticatiecontextClaims.Authenticatietype))));
    }
}
