namespace Keten.Domain.Toegang;

/// <summary>
/// What a medewerker may do in DUO Zakelijk for the board, per function (issue 7 point 4). The names follow the
/// functions of Mijn DUO for zakelijke klanten; <see cref="Beheer"/> is the beheerder's: managing the board's staff.
/// </summary>
public enum Functie
{
    RioBeheren,
    InschrijvingenVo,
    InschrijvingenMbo,
    BekostigingInzien,
    VerzuimMelden,
    Aanmeldingen,
    Beheer,
}
