namespace Keten.Cli;

public static class KetenProgram
{
    public static Task<int> Main(string[] args) => KetenCli.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}
