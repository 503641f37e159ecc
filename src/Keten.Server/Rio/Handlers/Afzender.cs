namespace Keten.Server.Rio.Handlers;

/// <summary>
/// Who sent a message: the onderwijsbestuur behind the OIN. Until certificates are checked, the OIN in
/// wsa:From (SOAP) or the Keten-Afzender-OIN header (REST) decides. Bestuurcode is null for an unknown OIN.
/// </summary>
public sealed record Afzender(string Oin, string? Onderwijsbestuurcode);
