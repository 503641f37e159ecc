using Microsoft.AspNetCore.Http.Features;

namespace Keten.Server.Http;

/// <summary>
/// The request body, read at most up to a limit: a Content-Length above it fails the first read before a byte is
/// read; a body without Content-Length (chunked) fails as soon as one byte more than the limit arrives. Kestrel
/// gets the same limit (<see cref="IHttpMaxRequestBodySizeFeature"/>), and its 413 refusal surfaces as the same
/// <see cref="BerichtTeGrootException"/>. Counts the bytes read, for error positions.
/// </summary>
public sealed class BegrensdeBody : Stream
{
    private readonly Stream bron;
    private readonly long? contentLength;

    private BegrensdeBody(Stream bron, long limiet, long? contentLength)
    {
        this.bron = bron;
        Limiet = limiet;
        this.contentLength = contentLength;
    }

    public long Limiet { get; }

    /// <summary>Bytes handed out so far.</summary>
    public long Gelezen { get; private set; }

    /// <summary>The offset of the first byte the latest read handed out.</summary>
    public long BeginLaatsteLees { get; private set; }

    /// <summary>Limits the request's body (idempotent per request) and returns the limited stream.</summary>
    public static BegrensdeBody Begrens(HttpContext context, long limiet)
    {
        if (context.Request.Body is BegrensdeBody begrensd && begrensd.Limiet == limiet)
        {
            return begrensd;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = limiet;
        }
        var body = new BegrensdeBody(context.Request.Body, limiet, context.Request.ContentLength);
        context.Request.Body = body;
        return body;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var ruimte = Ruimte(buffer.Length);
        try
        {
            return Geteld(await bron.ReadAsync(buffer[..ruimte], cancellationToken));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new BerichtTeGrootException(Limiet);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var ruimte = Ruimte(buffer.Length);
        try
        {
            return Geteld(bron.Read(buffer[..ruimte]));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new BerichtTeGrootException(Limiet);
        }
    }

    /// <summary>How much to ask of the source: never more than one byte past the limit.</summary>
    private int Ruimte(int gevraagd)
    {
        if (contentLength > Limiet || Gelezen > Limiet)
        {
            throw new BerichtTeGrootException(Limiet);
        }
        return (int)Math.Min(gevraagd, Limiet - Gelezen + 1);
    }

    private int Geteld(int gelezen)
    {
        BeginLaatsteLees = Gelezen;
        Gelezen += gelezen;
        if (Gelezen > Limiet)
        {
            throw new BerichtTeGrootException(Limiet);
        }
        return gelezen;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Gelezen;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
