using Keten.Domain.Gemeenschappelijk;

namespace Keten.Contract.Rio.Xml;

/// <summary>Carries a ReadError out of nested mapping code to the public reader entry point, which returns it.</summary>
internal sealed class ReadErrorException : Exception
{
    public ReadErrorException()
    {
        Error = new ReadError(ReadErrorKind.InvalidValue, "", "");
    }

    public ReadErrorException(string message)
        : base(message)
    {
        Error = new ReadError(ReadErrorKind.InvalidValue, "", message);
    }

    public ReadErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ReadError(ReadErrorKind.InvalidValue, "", message);
    }

    public ReadErrorException(ReadError error)
        : base(error.Message)
    {
        Error = error;
    }

    public ReadError Error { get; }

    public static ReadErrorException Unsupported(string element, string message) =>
        new(new ReadError(ReadErrorKind.UnsupportedSpecialisation, element, message));

    public static ReadErrorException Invalid(string element, string message) =>
        new(new ReadError(ReadErrorKind.InvalidValue, element, message));

    public static ReadErrorException DuoRule(string element, string message, Foutmelding foutmelding) =>
        new(new ReadError(ReadErrorKind.DuoRule, element, message, foutmelding));

    /// <summary>Runs a mapping and turns a ReadErrorException into a failed ReadResult.</summary>
    public static ReadResult<T> Capture<T>(Func<T> lees)
        where T : class
    {
        try
        {
            return ReadResult<T>.Success(lees());
        }
        catch (ReadErrorException fout)
        {
            return ReadResult<T>.Failure(fout.Error);
        }
    }
}
