using Keten.Cli;

return await KetenCli.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
