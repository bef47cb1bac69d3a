using BenchmarkDotNet.Running;

namespace HpcCore.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c> (the Cake Bench target passes its own filter).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
}
