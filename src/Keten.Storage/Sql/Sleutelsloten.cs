using System.Data.Common;
using System.IO.Hashing;
using System.Text;

namespace Keten.Storage.Sql;

/// <summary>
/// Logical locks a write transaction holds until it ends, on the names of what its rules read and what it writes
/// (docs/decisions/0003-write-transactions-with-key-locks.md): an object by soort and sleutel, the set of objects
/// that refer to an object, and the onderwijslocaties at an address. PostgreSQL takes them as advisory transaction locks (<see cref="PostgresSleutelsloten"/>);
/// SQLite needs none, because it runs one write transaction at a time (<see cref="Geen"/>).
/// </summary>
internal abstract class Sleutelsloten
{
    public static readonly Sleutelsloten Geen = new GeenSloten();

    /// <summary>
    /// Puts taking the locks before the SQL of a read, so the read costs no round trip of its own; the read's statement
    /// starts after the locks are held. Returns how many result sets (the lock statement's) the reader must skip.
    /// Shared: many holders at once, waiting while another transaction holds one exclusively. Exclusive: one holder.
    /// </summary>
    public abstract int ZetVoor(DbCommand command, IReadOnlyCollection<string> namen, bool exclusief);

    /// <summary>
    /// Adds the statement that takes locks of both kinds in one ascending order (a name wanted both ways is taken
    /// exclusively); false when it added nothing. Its one result set comes before those of the statements after it.
    /// </summary>
    public abstract bool Gemengd(Opdracht opdracht, IReadOnlyCollection<(string Naam, bool Exclusief)> namen);

    /// <summary>Adds taking the locks to a command that then does more, so it costs no round trip of its own.</summary>
    public abstract void VoegToe(Opdracht opdracht, IReadOnlyCollection<string> namen, bool exclusief);

    /// <summary>The object itself, also when it does not exist (yet).</summary>
    public static string Object(RioObjectSoort soort, string sleutel) => $"object\0{soort}\0{sleutel}";

    /// <summary>The set of live objects that refer to an object.</summary>
    public static string Verwijzers(RioObjectSoort soort, string sleutel) => $"verwijzers\0{soort}\0{sleutel}";

    /// <summary>The onderwijslocaties at one address (<see cref="Zoekvelden.AdresSleutel"/>), also when there are none (yet).</summary>
    public static string Adres(string adres) => $"adres\0{adres}";

    /// <summary>A name as the 64-bit key of an advisory lock; a collision only makes two names share a lock.</summary>
    public static long Sleutel(string naam) => unchecked((long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(naam)));

    private sealed class GeenSloten : Sleutelsloten
    {
        public override int ZetVoor(DbCommand command, IReadOnlyCollection<string> namen, bool exclusief) => 0;

        public override void VoegToe(Opdracht opdracht, IReadOnlyCollection<string> namen, bool exclusief)
        {
        }

        public override bool Gemengd(Opdracht opdracht, IReadOnlyCollection<(string Naam, bool Exclusief)> namen) => false;
    }
}
