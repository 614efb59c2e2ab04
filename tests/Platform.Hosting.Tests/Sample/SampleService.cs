using Ledningssystem.Platform.Hosting.Tests.Sample.V1;
using Ledningssystem.Platform.TestModel;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Platform.Hosting.Tests.Sample;

/// <summary>
/// The sample service as a <see cref="ServiceHost"/>, hosted the way every platform service's Program.cs does it;
/// it subscribes to its own events (Direct delivery, as on one machine) and its access replica holds the demo realm.
/// </summary>
public static class SampleService
{
    public static async Task<ServiceHost> StartAsync(TestDatabase database, DevTokenIssuerProcess issuer, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var service = await ServiceHost.StartAsync(
            database,
            issuer,
            (builder, webAddress) =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Events:Subscribers:0"] = webAddress.ToString() });
                builder.AddServiceDefaults<NotesDb, SqliteNotesDb, PostgresNotesDb>("notes");
                builder.Services.AddSingleton<ReceivedNotes>();
                builder.Services.AddEventHandler<NoteCreated, NoteCreatedHandler>();
            },
            app =>
            {
                app.MapServiceDefaults<NotesDb>();
                app.MapGrpcService<NotesApi>();
            },
            settings);
        await service.ReplicateDemoRealmAsync();
        return service;
    }

    public static ReceivedNotes Received(this ServiceHost service) => service.Services.GetRequiredService<ReceivedNotes>();
}
