using System.Globalization;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Ledningssystem.Testing;

namespace Ledningssystem.Documents.Tests.Support;

/// <summary>
/// A real S3-compatible server (s3rver, tests/Documents.Tests/node/s3rver.js) and a Documents service that keeps its
/// files there (Documents:BlobStore = S3), plus an S3 client of the test's own to look into the bucket.
/// </summary>
public sealed class S3Fixture : IAsyncLifetime
{
    public const string Bucket = "ledningssystem-documents";

    // s3rver's fixed development credentials; it checks every request's signature against them.
    private const string AccessKey = "S3RVER";
    private const string SecretKey = "S3RVER";

    private readonly Dictionary<string, string> tokens = [];
    private ServerProcess? server;
    private string directory = "";

    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public DocumentsHost Service { get; private set; } = null!;

    public AmazonS3Client S3 { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await TestTools.EnsureInstalledAsync();
        directory = Directory.CreateTempSubdirectory("documents-s3-").FullName;
        var port = FreePorts.Take(1)[0];
        server = await ServerProcess.StartAsync(
            "node",
            [RepositoryPaths.Combine("tests", "Documents.Tests", "node", "s3rver.js"), "--port", port.ToString(CultureInfo.InvariantCulture), "--directory", directory, "--bucket", Bucket],
            readyMarker: "listening",
            timeout: TimeSpan.FromSeconds(30));
        var serviceUrl = $"http://127.0.0.1:{port}";
        S3 = new AmazonS3Client(
            new BasicAWSCredentials(AccessKey, SecretKey),
            new AmazonS3Config
            {
                ServiceURL = serviceUrl,
                ForcePathStyle = true,
                AuthenticationRegion = "us-east-1",
            });
        Issuer = await DevTokenIssuerProcess.StartAsync();
        Database = await TestDatabase.CreateAsync();
        Service = await DocumentsHost.StartAsync(Database, Issuer, DocumentsFixture.MaxUploadBytes, new Dictionary<string, string?>
        {
            ["Documents:BlobStore"] = "S3",
            ["Documents:S3:ServiceUrl"] = serviceUrl,
            ["Documents:S3:Bucket"] = Bucket,
            ["Documents:S3:Region"] = "us-east-1",
            ["Documents:S3:ForcePathStyle"] = "true",
            ["Documents:S3:AccessKey"] = AccessKey,
            ["Documents:S3:SecretKey"] = SecretKey,
            // s3rver stores aws-chunked bodies verbatim, chunk signatures and all; the SDK's default checksums it accepts.
            ["Documents:S3:ChunkedUploads"] = "false",
        });
    }

    public async Task<DocumentClients> AsAsync(string username)
    {
        if (!tokens.TryGetValue(username, out var token))
        {
            tokens[username] = token = await Issuer.PasswordTokenAsync(username);
        }
        return new DocumentClients(Service.Channel(token));
    }

    /// <summary>The keys ("tenant/document/version/sha256") of <paramref name="documentId"/>'s objects, asked of the S3 server itself.</summary>
    public async Task<List<string>> ObjectKeysOfAsync(string documentId)
    {
        var listed = await S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket });
        return [.. (listed.S3Objects ?? []).Select(o => o.Key).Where(k => k.Contains($"/{documentId}/", StringComparison.Ordinal))];
    }

    public async Task<byte[]> ObjectAsync(string key)
    {
        using var response = await S3.GetObjectAsync(Bucket, key);
        using var content = new MemoryStream();
        await response.ResponseStream.CopyToAsync(content);
        return content.ToArray();
    }

    public async Task DisposeAsync()
    {
        S3?.Dispose();
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        Directory.Delete(directory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class S3Group : ICollectionFixture<S3Fixture>
{
    public const string Name = "documents-s3";
}
