namespace Keten.Domain.Tests;

/// <summary>The repository's root folder (the one holding Keten.slnx), for tests that read the source or the docs.</summary>
internal static class RepositoryMap
{
    public static string Pad()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Keten.slnx")))
        {
            map = map.Parent;
        }

        return map?.FullName ?? throw new InvalidOperationException("Keten.slnx not found");
    }
}
