using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/PluginHost.Benchmarks -- --filter '*'   (or a class name: '*Plugin*')
BenchmarkSwitcher.FromAssembly(typeof(PluginHost.Benchmarks.Samples).Assembly).Run(args);
