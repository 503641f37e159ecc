using System.Text;

namespace Keten.Server.Tests.Rod.Batch;

/// <summary>
/// A batch file made while it is read, never whole in memory: the header, then per pupil the lines
/// <paramref name="regelsPerLeerling"/> makes. Counts the bytes read.
/// </summary>
internal sealed class GegenereerdeBatchstroom(int leerlingen, Func<int, IEnumerable<string>> regelsPerLeerling) : Stream
{
    private byte[] buffer = Encoding.UTF8.GetBytes(BatchBestanden.Kop + "\n");
    private int positie;
    private int volgende;

    public long Gelezen { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Gelezen; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> doel)
    {
        while (positie == buffer.Length)
        {
            if (volgende == leerlingen)
            {
                return 0;
            }

            buffer = Encoding.UTF8.GetBytes(string.Concat(regelsPerLeerling(volgende++).Select(r => r + "\n")));
            positie = 0;
        }

        var aantal = Math.Min(doel.Length, buffer.Length - positie);
        buffer.AsSpan(positie, aantal).CopyTo(doel);
        positie += aantal;
        Gelezen += aantal;
        return aantal;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> doel, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(doel.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
