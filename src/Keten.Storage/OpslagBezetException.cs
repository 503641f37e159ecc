namespace Keten.Storage;

/// <summary>
/// The database kept refusing a write transaction (deadlocks or key locks not granted in time on PostgreSQL, a write lock
/// held too long on SQLite) after every attempt <see cref="SchrijfOpties"/> allows. Nothing was written: the sender
/// may send the same message again after <see cref="RetryAfter"/>. SOAP answers Server.DK0051, REST 503.
/// </summary>
public sealed class OpslagBezetException : Exception
{
    public OpslagBezetException()
        : this("De opslag is bezet", TimeSpan.FromSeconds(1), null)
    {
    }

    public OpslagBezetException(string message)
        : this(message, TimeSpan.FromSeconds(1), null)
    {
    }

    public OpslagBezetException(string message, Exception? innerException)
        : this(message, TimeSpan.FromSeconds(1), innerException)
    {
    }

    public OpslagBezetException(string message, TimeSpan retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the sender should wait before sending again (whole seconds in the Retry-After header).</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary><see cref="RetryAfter"/> in whole seconds, at least 1, as the HTTP Retry-After header gives it.</summary>
    public int RetryAfterSeconden => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
