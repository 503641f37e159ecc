using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Keten.Server.Tests.Infrastructure;

/// <summary>A logger provider that keeps every record, for tests of what the server logs.</summary>
public sealed class LogVerzamelaar : ILoggerProvider
{
    public sealed record Regel(string Categorie, LogLevel Niveau, string Tekst, Exception? Exception);

    public ConcurrentQueue<Regel> Regels { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogVerzamelaar verzamelaar, string categorie) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            verzamelaar.Regels.Enqueue(new Regel(categorie, logLevel, formatter(state, exception), exception));
    }
}
