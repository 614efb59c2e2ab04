using System.Diagnostics;
using System.Globalization;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Rpc.Client;
using Ledningssystem.Testing;

// Usage: DocumentsBenchmark <Organizations.dll> <Documents.dll> [documents] [searches] [uploads] [upload MB]
var organizationsDll = args[0];
var documentsDll = args[1];
var documentCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
var searchCount = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2_000;
var uploadCount = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 10;
var uploadMegabytes = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 20;

var data = Directory.CreateTempSubdirectory("documents-benchmark-").FullName;
var ports = FreePorts.Take(4);
await using var issuer = await DevTokenIssuerProcess.StartAsync();
string[] Common(int grpcPort, int webPort) =>
[
    .. issuer.IdentitySettings.Select(s => $"--{s.Key}={s.Value}"),
    $"--Rpc:GrpcPort={grpcPort}", $"--Rpc:WebPort={webPort}", $"--Platform:DataDirectory={data}", "--Events:Mode=Direct",
    "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
];
await using var documents = await ServerProcess.StartAsync("dotnet", [documentsDll, .. Common(ports[2], ports[3])], "Now listening on", TimeSpan.FromSeconds(60));
await using var organizations = await ServerProcess.StartAsync(
    "dotnet", [organizationsDll, .. Common(ports[0], ports[1]), "--Organizations:SeedDemoRegion=true", $"--Events:Subscribers:0=http://127.0.0.1:{ports[3]}"],
    "Now listening on", TimeSpan.FromSeconds(60));
var address = new Uri($"http://127.0.0.1:{ports[2]}");
await ServiceHealth.WaitForAsync(address);
var token = await issuer.PasswordTokenAsync("vera.viklund");
using var channel = RpcChannels.Create(address, _ => ValueTask.FromResult<string?>(token));
var client = new DocumentService.DocumentServiceClient(channel);
var files = new DocumentFileService.DocumentFileServiceClient(channel);

// The replica arrives by Organizations' events; the caller's role is known once a list call is allowed.
for (var attempt = 0; ; attempt++)
{
    try
    {
        await client.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 1 });
        break;
    }
    catch (RpcException e) when (e.StatusCode == StatusCode.PermissionDenied && attempt < 600)
    {
        await Task.Delay(100);
    }
}

string[] vocabulary =
[
    "avvikelse", "läkemedel", "delegering", "hygien", "brandskydd", "nyckelhantering", "sekretess", "måltider", "fallprevention",
    "trycksår", "demens", "anhöriga", "genomförandeplan", "dokumentation", "klagomål", "samverkan", "utbildning", "bemanning",
    "riskbedömning", "egenkontroll", "lex", "sarah", "maria", "öppenhet", "åtgärd", "uppföljning", "journal", "inskrivning",
];
string[] units = ["aldrenamnden.forvaltning", "aldrenamnden.hemtjanst", "aldrenamnden.hemtjanst-norr", "aldrenamnden.solgarden"];
var random = new Random(2026);
string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]));

var seeding = Stopwatch.StartNew();
var next = 0;
await Parallel.ForAsync(0, 8, async (_, ct) =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) <= documentCount)
    {
        string title, text;
        lock (random)
        {
            title = $"Rutin {i}: {Words(3)}";
            text = string.Join("\n\n", Enumerable.Range(0, 8).Select(_ => Words(25) + "."));
        }
        await client.CreateDocumentAsync(new CreateDocumentRequest
        {
            DocumentId = $"bench.{i}",
            Details = new DocumentDetails
            {
                Title = title, Kind = (DocumentKind)(1 + (i % 7)), OwnerUnitId = units[i % units.Length],
                ResponsibleRole = DocumentRole.UnitManager, ApprovingRole = DocumentRole.Mas,
            },
            ContentMarkdown = text,
        }, cancellationToken: ct);
    }
});
Console.WriteLine($"Seeded {documentCount} documents (8 concurrent CreateDocument calls) in {seeding.Elapsed.TotalSeconds:F1} s");

async Task<double> SearchAsync(string query, int page)
{
    var watch = Stopwatch.StartNew();
    await client.SearchDocumentsAsync(new SearchDocumentsRequest { Query = query, PageSize = page });
    return watch.Elapsed.TotalMilliseconds;
}
for (var i = 0; i < 100; i++)
{
    await SearchAsync(Words(1), 50);
}
var oneWord = new List<double>();
var twoWords = new List<double>();
for (var i = 0; i < searchCount; i++)
{
    oneWord.Add(await SearchAsync(Words(1), 50));
    twoWords.Add(await SearchAsync(Words(2), 50));
}
static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
Console.WriteLine($"Search over {documentCount} documents, one call at a time, first page of 50:");
Console.WriteLine($"  one word   p50 {Percentile(oneWord, 0.50):F2} ms  p99 {Percentile(oneWord, 0.99):F2} ms  ({searchCount} searches)");
Console.WriteLine($"  two words  p50 {Percentile(twoWords, 0.50):F2} ms  p99 {Percentile(twoWords, 0.99):F2} ms  ({searchCount} searches)");

// Uploads: a valid PDF padded to the size, in 1 MiB chunks, into fresh drafts.
var pdf = BuildPdf(uploadMegabytes * 1024 * 1024);
var uploading = Stopwatch.StartNew();
for (var i = 0; i < uploadCount; i++)
{
    var id = $"bench.upload.{i}";
    await client.CreateDocumentAsync(new CreateDocumentRequest
    {
        DocumentId = id,
        Details = new DocumentDetails
        {
            Title = "Uppladdning", Kind = DocumentKind.Rutin, OwnerUnitId = units[0], ResponsibleRole = DocumentRole.UnitManager, ApprovingRole = DocumentRole.Mas,
        },
    });
    using var call = files.UploadFile();
    await call.RequestStream.WriteAsync(new UploadFileRequest { Metadata = new UploadMetadata { DocumentId = id, VersionNumber = 1, FileName = "rutin.pdf" } });
    for (var offset = 0; offset < pdf.Length; offset += 1024 * 1024)
    {
        await call.RequestStream.WriteAsync(new UploadFileRequest { Chunk = ByteString.CopyFrom(pdf, offset, Math.Min(1024 * 1024, pdf.Length - offset)) });
    }
    await call.RequestStream.CompleteAsync();
    await call;
}
var megabytes = (double)pdf.Length * uploadCount / (1024 * 1024);
Console.WriteLine($"Upload: {uploadCount} × {pdf.Length / (1024.0 * 1024):F1} MiB PDF-shaped file (magic and trailer, padding) in 1 MiB chunks, one at a time (incl. CreateDocument): " +
    $"{megabytes / uploading.Elapsed.TotalSeconds:F1} MiB/s ({uploading.Elapsed.TotalSeconds:F2} s)");
Directory.Delete(data, recursive: true);

static byte[] BuildPdf(int size)
{
    var head = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% "u8.ToArray();
    var tail = "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    var pdf = new byte[size];
    head.CopyTo(pdf, 0);
    Array.Fill(pdf, (byte)'x', head.Length, size - head.Length - tail.Length);
    tail.CopyTo(pdf, size - tail.Length);
    return pdf;
}
