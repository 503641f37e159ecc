namespace Keten.Contract.Rio.Xml;

/// <summary>The outcome of mapping an XSD-valid RIO element to a domain record: the record, or why not.</summary>
public sealed record ReadResult<T>
    where T : class
{
    private ReadResult(T? value, ReadError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public ReadError? Error { get; }

    public bool IsSuccess => Error is null;

    public static ReadResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static ReadResult<T> Failure(ReadError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>The value; throws when reading failed (for callers that already know the input is supported).</summary>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidOperationException($"{Error!.Kind} at <{Error.Element}>: {Error.Message}");

    internal ReadResult<TOut> Map<TOut>(Func<T, TOut> map)
        where TOut : class =>
        Error is null ? ReadResult<TOut>.Success(map(Value!)) : ReadResult<TOut>.Failure(Error);
}
