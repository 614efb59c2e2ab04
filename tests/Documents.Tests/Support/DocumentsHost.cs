using System.Globalization;
using Google.Protobuf;
using Grpc.Net.Client;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Files;
using Ledningssystem.Documents.Jobs;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Documents.Tests.Support;

/// <summary>
/// The Documents service as a <see cref="ServiceHost"/> with a blob folder of its own. Its access replica holds the
/// demo region (what Organizations' events would bring), and its review job runs on <see cref="ReviewClock"/>, which
/// the test moves; the rest runs on real time.
/// </summary>
public sealed class DocumentsHost : IAsyncDisposable
{
    private readonly ServiceHost service;

    private DocumentsHost(ServiceHost service, string blobDirectory, FakeTimeProvider reviewClock)
    {
        this.service = service;
        BlobDirectory = blobDirectory;
        ReviewClock = reviewClock;
    }

    public string BlobDirectory { get; }

    public FakeTimeProvider ReviewClock { get; }

    /// <summary>The service's blob store, as configured.</summary>
    public IBlobStore Blobs => service.Services.GetRequiredService<IBlobStore>();

    /// <summary>Starts the service; <paramref name="settings"/> add to (or override) the test configuration.</summary>
    public static async Task<DocumentsHost> StartAsync(
        TestDatabase database, DevTokenIssuerProcess issuer, long maxUploadBytes, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var blobs = Directory.CreateTempSubdirectory("documents-blobs-").FullName;
        var configuration = new Dictionary<string, string?>
        {
            ["Documents:BlobDirectory"] = blobs,
            ["Documents:MaxUploadBytes"] = maxUploadBytes.ToString(CultureInfo.InvariantCulture),
            ["Documents:ReviewScanInterval"] = "01:00:00",
            ["Documents:ReviewNoticeDaysAhead"] = "30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        var reviewClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        ServiceHost service;
        try
        {
            service = await ServiceHost.StartAsync(
                database,
                issuer,
                (builder, _) =>
                {
                    builder.AddServiceDefaults<DocumentsDb, SqliteDocumentsDb, PostgresDocumentsDb>("documents");
                    builder.AddDocuments();
                    builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(ReviewDueJob)));
                    builder.Services.AddHostedService(provider => ActivatorUtilities.CreateInstance<ReviewDueJob>(provider, (TimeProvider)reviewClock));
                },
                app =>
                {
                    app.MapServiceDefaults<DocumentsDb>();
                    app.MapDocuments();
                },
                configuration);
        }
        catch
        {
            Directory.Delete(blobs, recursive: true);
            throw;
        }
        await service.ReplicateDemoRealmAsync();
        return new DocumentsHost(service, blobs, reviewClock);
    }

    public GrpcChannel Channel(string token) => service.Channel(token);

    /// <summary>The events of <paramref name="type"/> about <paramref name="aggregateId"/> in the outbox, oldest first.</summary>
    public async Task<List<(string? TenantId, T Event)>> EventsAsync<T>(string aggregateId)
        where T : IMessage<T>, new()
    {
        var type = new T().Descriptor.FullName;
        var rows = await QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == type && m.AggregateId == aggregateId)
            .OrderBy(m => m.Sequence)
            .ToListAsync());
        return [.. rows.Select(r => (r.TenantId, JsonParser.Default.Parse<T>(r.Payload)))];
    }

    /// <summary>The audit trail's entries about <paramref name="entityId"/>, across tenants: (action, entity type, user).</summary>
    public async Task<List<(string Action, string EntityType, string UserId)>> AuditAsync(string entityId)
    {
        var rows = await QueryAsync(db =>
            db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.EntityId == entityId).ToListAsync());
        return [.. rows.Select(e => (e.Action.ToString(), e.EntityType, e.UserId))];
    }

    /// <summary>The files in the blob store (uploads in progress included), relative to its folder.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        [.. Directory.EnumerateFiles(BlobDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(BlobDirectory, f))];

    private Task<T> QueryAsync<T>(Func<DocumentsDb, Task<T>> query) => service.QueryAsync(query);

    public async ValueTask DisposeAsync()
    {
        await service.DisposeAsync();
        Directory.Delete(BlobDirectory, recursive: true);
    }
}
