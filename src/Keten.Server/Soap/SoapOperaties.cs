using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Keten.Contract.Soap;

namespace Keten.Server.Soap;

/// <summary>
/// The handler of each SOAP operation, per (service, operatie). A singleton: register at startup, either with
/// <see cref="SoapServiceCollectionExtensions.AddSoapOperatie(IServiceCollection, string, string, SoapOperatieHandler)"/>
/// or by resolving this registry and calling <see cref="Register"/>.
/// </summary>
public sealed class SoapOperaties
{
    private readonly SoapContracten contracten;
    private readonly ConcurrentDictionary<(string Service, string Operatie), SoapOperatieHandler> handlers = new();

    public SoapOperaties(SoapContracten contracten, IEnumerable<SoapOperatieRegistratie> registraties)
    {
        this.contracten = contracten;
        // A later DI registration of the same operation replaces an earlier one (tests substitute handlers this way).
        foreach (var registratie in registraties.GroupBy(r => (r.Service, r.Operatie)).Select(g => g.Last()))
        {
            Register(registratie.Service, registratie.Operatie, registratie.Handler);
        }
    }

    /// <exception cref="ArgumentException">The service or operation is not in DUO's WSDL.</exception>
    /// <exception cref="InvalidOperationException">The operation already has a handler.</exception>
    public void Register(string service, string operatie, SoapOperatieHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var contract = contracten.Get(service);
        if (!contract.SoapActions.ContainsKey(operatie))
        {
            throw new ArgumentException($"{contract.Naam} has no operation '{operatie}'.", nameof(operatie));
        }
        if (!handlers.TryAdd((service, operatie), handler))
        {
            throw new InvalidOperationException($"{service} operation '{operatie}' already has a handler.");
        }
    }

    public bool TryGetHandler(string service, string operatie, [NotNullWhen(true)] out SoapOperatieHandler? handler) =>
        handlers.TryGetValue((service, operatie), out handler);
}

/// <summary>A handler registered through dependency injection; <see cref="SoapOperaties"/> picks these up.</summary>
public sealed record SoapOperatieRegistratie(string Service, string Operatie, SoapOperatieHandler Handler);
