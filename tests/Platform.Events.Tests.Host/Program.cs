using Ledningssystem.Platform.Events.Tests.Host;

using var spans = EventsTestHost.ListenToPlatformSpans();
var app = EventsTestHost.Build(args);
await EventsTestHost.PrepareDatabaseAsync(app);
await app.StartAsync();
Console.WriteLine($"{EventsTestHost.ReadyLine}: {app.Configuration["Role"]} on {string.Join(", ", app.Urls)}");
await app.WaitForShutdownAsync();
