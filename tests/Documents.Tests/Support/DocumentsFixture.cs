using Grpc.Net.Client;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Testing;

namespace Ledningssystem.Documents.Tests.Support;

/// <summary>
/// One token issuer and one Documents service shared by every test class of <see cref="DocumentsGroup"/>; tests use
/// document ids of their own (<see cref="Ids"/>) so they do not meet.
/// </summary>
public sealed class DocumentsFixture : IAsyncLifetime
{
    /// <summary>The upload limit the service runs with: small, so the limit is cheap to cross.</summary>
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public DocumentsHost Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        Database = await TestDatabase.CreateAsync();
        Service = await DocumentsHost.StartAsync(Database, Issuer, MaxUploadBytes);
    }

    /// <summary>The service's clients as a demo user calls them.</summary>
    public async Task<DocumentClients> AsAsync(string username) => new(Service.Channel(await Issuer.DemoTokenAsync(username)));

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Database.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DocumentsGroup : ICollectionFixture<DocumentsFixture>
{
    public const string Name = "documents";
}

/// <summary>The four services over one channel.</summary>
public sealed class DocumentClients(GrpcChannel channel)
{
    public DocumentService.DocumentServiceClient Documents { get; } = new(channel);

    public DocumentFileService.DocumentFileServiceClient Files { get; } = new(channel);

    public ReadAcknowledgementService.ReadAcknowledgementServiceClient Acknowledgements { get; } = new(channel);

    public DocumentSharingService.DocumentSharingServiceClient Sharing { get; } = new(channel);
}
