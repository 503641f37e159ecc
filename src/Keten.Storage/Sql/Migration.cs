using System.Globalization;
using System.Reflection;

namespace Keten.Storage.Sql;

/// <summary>One numbered schema script, embedded as Migrations/&lt;Dialect&gt;/NNNN_name.sql.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    private const string Prefix = "Keten.Storage.Migrations.";

    /// <summary>The scripts of one dialect folder, lowest version first.</summary>
    public static IReadOnlyList<Migration> For(string folder)
    {
        var assembly = typeof(Migration).Assembly;
        var folderPrefix = Prefix + folder + "/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(folderPrefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = name[folderPrefix.Length..];
            var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{fileName}' is not named NNNN_name.sql.");
            }

            migrations.Add(new Migration(version, fileName, Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations with version {migrations[i].Version} in {folder}.");
            }
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing resource {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
