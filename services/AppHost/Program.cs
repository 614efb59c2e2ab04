using Ledningssystem.AppHost;
using Ledningssystem.Catalog;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

var (arguments, argumentError) = LauncherArguments.Parse(args);
if (arguments is null)
{
    await Console.Error.WriteLineAsync(argumentError);
    return 2;
}
if (arguments.ShowHelp)
{
    Console.WriteLine(LauncherArguments.Help);
    return 0;
}
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json")
    .AddEnvironmentVariables()
    .AddCommandLine([.. arguments.Settings])
    .Build();
var options = configuration.GetSection("Platform").Get<PlatformOptions>() ?? new PlatformOptions();
PlatformProcesses.Compose(options, ServiceCatalog.Load());
PortOffset.Apply(options);
// Only the platform's own processes may deliver events to each other: one random app API token per start.
options.Environment.TryAdd("Events__AppApiToken", Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
var started = System.Diagnostics.Stopwatch.StartNew();
var root = RepositoryRoot.Find();
var dataDirectory = Path.GetFullPath(Path.Combine(root, options.DataDirectory));

using var shutdown = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopPlatform);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopPlatform);

if (arguments.DeadLetters is { } deadLetters)
{
    return await DeadLetterCommand.RunAsync(options, dataDirectory, deadLetters, shutdown.Token);
}
if (arguments.BackupTo is { } backupTo)
{
    return await DataBackup.BackupAsync(dataDirectory, Path.GetFullPath(backupTo), shutdown.Token);
}
var takenPorts = PortCheck.TakenPorts(options);
if (arguments.RestoreFrom is { } restoreFrom && (!arguments.Fresh || takenPorts.Count == 0))
{
    return await DataBackup.RestoreAsync(Path.GetFullPath(restoreFrom), dataDirectory, arguments.Fresh, shutdown.Token);
}
if (takenPorts.Count > 0)
{
    ConsoleLog.Line("apphost", $"Portarna används redan av ett annat program: {string.Join(", ", takenPorts)}. Körs plattformen redan? "
        + "Stoppa den, eller starta en till bredvid med --port-offset 100 --data-dir .data2.");
    return 1;
}
// Only once no platform runs on these ports: the data of a running one is never deleted under it.
if (arguments.Fresh && Directory.Exists(dataDirectory))
{
    ConsoleLog.Line("apphost", $"--fresh: tar bort {dataDirectory}; demodatan läses in på nytt.");
    Directory.Delete(dataDirectory, recursive: true);
}
Directory.CreateDirectory(dataDirectory);
DeadLetterCommand.SaveToken(dataDirectory, options.Environment["Events__AppApiToken"]);

if (options.BuildWebApp && await WebBuild.RunAsync(root, shutdown.Token))
{
    options.Gateway.Environment["Gateway__StaticFilesPath"] = WebBuild.GatewayStaticFilesPath;
}
if (options.BuildConfiguration is not ("Debug" or "Release"))
{
    ConsoleLog.Line("apphost", $"Platform:BuildConfiguration är '{options.BuildConfiguration}'; ange Debug eller Release.");
    return 1;
}
var programs = await Build.RunAsync(root, options.Services.Select(s => s.Project), options.BuildConfiguration, shutdown.Token);
if (programs is null)
{
    ConsoleLog.Line("apphost", "Bygget misslyckades; inget startades.");
    return 1;
}

var processes = options.Services.Select(s => new ServiceProcess(s, programs[s.Project], options.Environment, root, dataDirectory)).ToList();
foreach (var process in processes)
{
    process.Start();
}
ConsoleLog.Line("apphost", $"Startade {processes.Count} processer; data i {dataDirectory}. Ctrl-C stoppar allt.");

try
{
    var notReady = await Readiness.WaitAsync(options.Services, options.ReadyTimeout, () => processes.Any(p => p.HasExited), shutdown.Token);
    if (!shutdown.IsCancellationRequested && !processes.Any(p => p.HasExited))
    {
        if (notReady.Count > 0)
        {
            ConsoleLog.Line("apphost", $"Svarar inte efter {options.ReadyTimeout.TotalSeconds:0} s: {string.Join(", ", notReady)}.");
        }
        foreach (var line in ReadyBanner.Render(options, root, started.Elapsed).Split('\n'))
        {
            ConsoleLog.Line("apphost", line.TrimEnd('\r'));
        }
    }
    var failedAtStart = processes.FirstOrDefault(p => p.HasExited);
    if (failedAtStart is not null)
    {
        ConsoleLog.Line("apphost", $"{failedAtStart.Name} avslutades under starten (kod {failedAtStart.ExitCode}); stoppar plattformen.");
    }
    var supervision = new Supervision(processes, options.ReadyTimeout, shutdown.Token);
    while (failedAtStart is null && !shutdown.IsCancellationRequested && supervision.RestartExited())
    {
        await Task.Delay(TimeSpan.FromMilliseconds(500), shutdown.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
finally
{
    ConsoleLog.Line("apphost", "Stoppar...");
    foreach (var process in Enumerable.Reverse(processes))
    {
        await process.StopAsync(TimeSpan.FromSeconds(10));
        process.Dispose();
    }
    ConsoleLog.Line("apphost", "Alla processer är stoppade.");
}
return 0;

void StopPlatform(PosixSignalContext context)
{
    context.Cancel = true;
    shutdown.Cancel();
}
