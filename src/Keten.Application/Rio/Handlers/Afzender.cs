namespace Keten.Application.Rio.Handlers;

/// <summary>
/// Who sent a message: the onderwijsbestuur behind the OIN. Until certificates are checked, the OIN in
/// wsa:From (SOAP) or the Keten-Afzender-OIN header (REST) decides. Bestuurcode is null for an unknown OIN.
/// </summary>
/// <param name="DuoBeheer">
/// True only for DUO's own operators (CLI, demo seeding): they may register an object under a code RIO
/// has not issued yet, as DUO does when it takes over codes from BRIN. Never true for a door schools use.
/// </param>
public sealed record Afzender(string Oin, string? Onderwijsbestuurcode, bool DuoBeheer = false);
