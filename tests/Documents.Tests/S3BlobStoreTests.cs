using System.Security.Cryptography;
using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Tests.Support;
using Ledningssystem.Testing;
using Microsoft.Extensions.Options;
using static Ledningssystem.Documents.Tests.Support.Demo;

namespace Ledningssystem.Documents.Tests;

/// <summary>Documents:BlobStore = S3 against a real S3-compatible server (s3rver), through the service's gRPC API.</summary>
[Collection(S3Group.Name)]
public sealed class S3BlobStoreTests(S3Fixture fixture)
{
    private async Task<(DocumentClients Author, string Id)> DraftAsync(string title)
    {
        var author = await fixture.AsAsync(AreaManager);
        var id = Ids.New("s3");
        await Flows.CreateAsync(author, id, Flows.Details(title, AldreHemtjanst), "");
        return (author, id);
    }

    [Fact]
    public async Task A_pdf_and_a_docx_land_in_the_bucket_under_their_checksums_and_download_byte_for_byte()
    {
        var (author, id) = await DraftAsync("Rutin i objektlagring");
        var pdf = TestFiles.Pdf("Rutin for hantering av avvikelser", paddingBytes: 300_000);

        var uploaded = await Flows.UploadAsync(author, id, 1, "rutin.pdf", pdf, "application/pdf", chunkBytes: 100_000);

        var pdfKey = Assert.Single(await fixture.ObjectKeysOfAsync(id));
        Assert.EndsWith($"/{id}/1/{Convert.ToHexStringLower(SHA256.HashData(pdf))}", pdfKey, StringComparison.Ordinal);
        Assert.Equal(pdf, await fixture.ObjectAsync(pdfKey));
        Assert.Equal(pdf.Length, uploaded.Version.File.SizeBytes);
        Assert.Equal(pdf, (await Flows.DownloadAsync(author, id, 1)).Content);

        var docx = TestFiles.Docx("Rutin för brandskydd", "Personalen övar varje år.");
        await Flows.UploadAsync(author, id, 1, "brandskydd.docx", docx);

        // The draft's file was replaced: the PDF's object is gone and only the .docx is kept.
        var docxKey = Assert.Single(await fixture.ObjectKeysOfAsync(id));
        Assert.EndsWith($"/{id}/1/{Convert.ToHexStringLower(SHA256.HashData(docx))}", docxKey, StringComparison.Ordinal);
        Assert.Equal(docx, await fixture.ObjectAsync(docxKey));
        var (file, content) = await Flows.DownloadAsync(author, id, 1);
        Assert.Equal("brandskydd.docx", file.FileName);
        Assert.Equal(docx, content);
    }

    [Fact]
    public async Task A_fake_pdf_is_refused_and_leaves_nothing_in_the_bucket()
    {
        var (author, id) = await DraftAsync("Falsk PDF i objektlagring");
        var fake = System.Text.Encoding.UTF8.GetBytes("Det här är bara text, ingen PDF. %%EOF");

        var refused = await Assert.ThrowsAsync<RpcException>(() => Flows.UploadAsync(author, id, 1, "rutin.pdf", fake, "application/pdf"));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Empty(await fixture.ObjectKeysOfAsync(id));
        Assert.Null((await author.Documents.GetVersionAsync(new GetVersionRequest { DocumentId = id, VersionNumber = 1 })).Version.File);
    }

    [Fact]
    public async Task An_unknown_key_is_not_found_and_deleting_it_is_harmless()
    {
        var blobs = fixture.Service.Blobs;
        var key = $"demo-region/{Ids.New("saknas")}/1/{new string('0', 64)}";

        await Assert.ThrowsAsync<FileNotFoundException>(() => blobs.OpenReadAsync(key, CancellationToken.None));
        await blobs.DeleteAsync(key, CancellationToken.None);
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.OpenReadAsync("../utanför", CancellationToken.None));
    }
}

/// <summary>Documents:S3 settings the store could not work with stop the service at start-up, naming each setting.</summary>
public sealed class S3BlobStoreOptionsTests
{
    [Fact]
    public async Task A_bad_s3_section_stops_the_service_at_start_with_messages_naming_the_settings()
    {
        await using var issuer = await DevTokenIssuerProcess.StartAsync();
        await using var database = await TestDatabase.CreateAsync();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            DocumentsHost.StartAsync(database, issuer, DocumentsFixture.MaxUploadBytes, new Dictionary<string, string?>
            {
                ["Documents:BlobStore"] = "S3",
                ["Documents:S3:ServiceUrl"] = "minio:9000",
                ["Documents:S3:Bucket"] = "Documents_Bucket",
                ["Documents:S3:AccessKey"] = "nyckel",
            }));

        Assert.Contains("Documents:S3:ServiceUrl", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Documents:S3:Bucket", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Documents:S3:SecretKey", refused.Message, StringComparison.Ordinal);
    }
}
