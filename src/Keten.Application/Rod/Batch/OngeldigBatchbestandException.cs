namespace Keten.Application.Rod.Batch;

/// <summary>A batch file that cannot be read at all (its header): nothing of it was processed.</summary>
public sealed class OngeldigBatchbestandException : Exception
{
    public OngeldigBatchbestandException()
    {
    }

    public OngeldigBatchbestandException(string message)
        : base(message)
    {
    }

    public OngeldigBatchbestandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
