using System.Reflection;

namespace Keten.Domain.Tests;

public class ArchitectureTests
{
    private static readonly string[] VerbodenAssemblies =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite", "Dapper", "System.Net.Http", "System.Net.Sockets"];

    private static readonly string[] VerbodenNamespaces = ["System.IO", "System.Net", "Microsoft.Data", "System.Data"];

    [Fact]
    public void Domain_references_no_io_database_or_web_assembly()
    {
        var domain = typeof(Keten.Domain.Rio.AangebodenOpleiding).Assembly;
        var verwezen = domain.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(verwezen, naam => VerbodenAssemblies.Any(v => naam.StartsWith(v, StringComparison.Ordinal)));
    }

    [Fact]
    public void Domain_types_use_no_io_types_in_their_signatures()
    {
        var domain = typeof(Keten.Domain.Rio.AangebodenOpleiding).Assembly;
        var gebruikt = domain.GetTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(GebruikteTypes)
            .Where(t => t.Namespace is not null)
            .Select(t => t.Namespace!)
            .Distinct()
            .ToList();

        Assert.DoesNotContain(gebruikt, ns => VerbodenNamespaces.Any(v => ns == v || ns.StartsWith(v + ".", StringComparison.Ordinal)));
    }

    private static IEnumerable<Type> GebruikteTypes(MemberInfo member) => member switch
    {
        FieldInfo f => [f.FieldType],
        PropertyInfo p => [p.PropertyType],
        MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType), .. LokaleTypes(m)],
        ConstructorInfo c => [.. c.GetParameters().Select(p => p.ParameterType), .. LokaleTypes(c)],
        _ => [],
    };

    private static IEnumerable<Type> LokaleTypes(MethodBase m) =>
        m.GetMethodBody()?.LocalVariables.Select(v => v.LocalType) ?? [];

    [Fact]
    public void Domain_has_no_clock_of_its_own()
    {
        var bron = Directory.GetFiles(BronMap(), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText);

        Assert.DoesNotContain(bron, tekst => tekst.Contains("DateTime.Now", StringComparison.Ordinal) || tekst.Contains("DateTime.UtcNow", StringComparison.Ordinal));
    }

    private static string BronMap() => Path.Combine(RepositoryMap.Pad(), "src", "Keten.Domain");
}
